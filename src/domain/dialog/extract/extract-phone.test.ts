import { describe, expect, it } from "vitest";
import { extractPhone } from "./extract-phone.js";

const mobile = { kind: "cn_mobile", e164: "+8613800138000", national: "13800138000", display: "138 0013 8000" };

describe("extractPhone: Chinese mobiles", () => {
  it.each([
    ["+86 138 0013 8000"],
    ["138-0013-8000"],
    ["13800138000"],
    ["my phone is 138 0013 8000 thx"],
    ["手机号：13800138000"],
    ["+86-138-0013-8000"],
    ["0086 13800138000"],
    ["(+86)13800138000"],
    ["８６　１３８００１３８０００"],
    ["１３８－００１３－８０００"],
    ["电话是138.0013.8000哈"],
  ])("%s", (text) => expect(extractPhone(text)).toEqual(mobile));
});

describe("extractPhone: other numbers", () => {
  it("reads a Beijing landline", () => {
    expect(extractPhone("座机 010-12345678")).toEqual({
      kind: "cn_landline",
      e164: "+861012345678",
      national: "01012345678",
      display: "010-12345678",
    });
  });

  it("reads a US number", () => {
    expect(extractPhone("call me at (415) 555-2671")).toEqual({
      kind: "us",
      e164: "+14155552671",
      national: "4155552671",
      display: "(415) 555-2671",
    });
    expect(extractPhone("+1 415 555 2671")).toMatchObject({ kind: "us", e164: "+14155552671" });
  });

  it("flags a mobile one digit short or long", () => {
    expect(extractPhone("my number is 1380013800")).toEqual({
      kind: "invalid",
      digits: "1380013800",
      reason: "too_short",
    });
    expect(extractPhone("手机 138001380001")).toEqual({ kind: "invalid", digits: "138001380001", reason: "too_long" });
  });

  it.each([["order #W0010001"], ["zip 94610"], ["tracking 1Z999AA10123456784"], ["it cost 1380 yuan"]])(
    "finds no phone in %s",
    (text) => expect(extractPhone(text)).toBeUndefined(),
  );
});
