import { describe, expect, it } from "vitest";
import { applyAddressPatch, parseAddressPatch } from "./parse-address-patch.js";
import type { ParsedAddress } from "./parsed-address.js";
import { validateAddress } from "./validate-address.js";

describe("parseAddressPatch (US)", () => {
  it.each([
    ["zip is 94610", ["zip"], { zip: "94610" }],
    ["oh sorry, the zip code is 94610-1234 thanks", ["zip"], { zip: "94610-1234" }],
    ["94610", ["zip"], { zip: "94610" }],
    ["it's CA", ["state"], { state: "CA" }],
    ["california", ["state"], { state: "CA" }],
    ["state: new york", ["state"], { state: "NY" }],
    ["city is Oakland", ["city"], { city: "Oakland" }],
    ["oakland", ["city"], { city: "Oakland" }],
    ["CA 94610", ["state", "zip"], { state: "CA", zip: "94610" }],
    ["apt 4B", ["line2"], { line2: "apt 4B" }],
    ["no idea", ["zip"], {}],
  ])("%s", (text, wanted, expected) => expect(parseAddressPatch(text, "us", wanted)).toEqual(expected));
});

describe("parseAddressPatch (ZH)", () => {
  it.each([
    ["邮编 100020", ["zip"], { zip: "100020" }],
    ["邮编是100020。", ["zip"], { zip: "100020" }],
    ["１０００２０", ["zip"], { zip: "100020" }],
    ["浙江", ["province"], { province: "浙江省" }],
    ["是杭州市", ["city"], { city: "杭州市" }],
    ["朝阳区", ["district"], { district: "朝阳区" }],
    ["建国路88号院3号楼", ["detail"], { detail: "建国路88号院3号楼" }],
  ])("%s", (text, wanted, expected) => expect(parseAddressPatch(text, "zh", wanted)).toEqual(expected));
});

describe("applyAddressPatch", () => {
  it("completes an address with the missing zip", () => {
    const partial: ParsedAddress = {
      kind: "us",
      line1: "88 Pine Road",
      line2: "",
      city: "Oakland",
      state: "CA",
      zip: "",
      country: "USA",
    };
    const done = applyAddressPatch(partial, parseAddressPatch("zip is 94610", "us", ["zip"]));
    expect(validateAddress(done)).toMatchObject({ complete: true, display: "88 Pine Road, Oakland, CA 94610, USA" });
  });

  it("does not overwrite with empty values", () => {
    const a: ParsedAddress = {
      kind: "zh",
      province: "北京市",
      city: "北京市",
      district: "",
      detail: "建国路88号",
      zip: "",
    };
    expect(applyAddressPatch(a, { district: "朝阳区", city: "" })).toEqual({ ...a, district: "朝阳区" });
  });
});
