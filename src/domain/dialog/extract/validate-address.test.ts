import { describe, expect, it } from "vitest";
import { extractAddress } from "./extract-address.js";
import type { ParsedAddress } from "./parsed-address.js";
import { toShopAddress } from "./parsed-address.js";
import { validateAddress } from "./validate-address.js";

function parsed(text: string): ParsedAddress {
  const a = extractAddress(text);
  if (!a) throw new Error(`no address in ${text}`);
  return a;
}

describe("validateAddress", () => {
  it("renders a complete US address for the confirmation", () => {
    expect(validateAddress(parsed("ship it to 12 Elm St Apt 4B, Austin, TX 78701 instead pls"))).toEqual({
      missing: [],
      complete: true,
      display: "12 Elm St, Apt 4B, Austin, TX 78701, USA",
    });
  });

  it("lists the missing US parts in asking order", () => {
    expect(validateAddress(parsed("change it to 42 Main Street, Springfield")).missing).toEqual(["state", "zip"]);
  });

  it("asks for the city when it could not be told apart", () => {
    const check = validateAddress(parsed("88 Pine Oakland CA 94610"));
    expect(check.missing).toEqual(["city"]);
    expect(check.complete).toBe(false);
  });

  it("flags a malformed zip", () => {
    const address: ParsedAddress = {
      kind: "us",
      line1: "1 Main St",
      line2: "",
      city: "Austin",
      state: "TX",
      zip: "787",
      country: "USA",
    };
    expect(validateAddress(address).missing).toEqual(["zip"]);
  });

  it("renders a municipality once", () => {
    const check = validateAddress(parsed("把W0020001的收货地址改成北京市朝阳区建国路88号"));
    expect(check).toEqual({ missing: [], complete: true, display: "北京市朝阳区建国路88号" });
  });

  it("renders the 邮编 when given", () => {
    expect(validateAddress(parsed("改到 浙江省杭州市西湖区文三路 100号 邮编310000")).display).toBe(
      "浙江省杭州市西湖区文三路100号（邮编 310000）",
    );
  });

  it("does not require a Chinese zip but requires 省/区", () => {
    expect(validateAddress(parsed("帮我改成杭州市文三路100号吧")).missing).toEqual(["province", "district"]);
  });
});

describe("extractAddress", () => {
  it("reads a US address typed in a Chinese sentence", () => {
    expect(parsed("请改到 88 Pine Road, Oakland CA 94610 谢谢")).toMatchObject({ kind: "us", city: "Oakland" });
  });

  it("reads a Chinese address", () => {
    expect(parsed("改成上海市浦东新区世纪大道100号")).toMatchObject({ kind: "zh", district: "浦东新区" });
  });

  it("is undefined for a message with no address", () => {
    expect(extractAddress("I want to change my address")).toBeUndefined();
  });
});

describe("toShopAddress", () => {
  it("keeps US fields", () => {
    expect(toShopAddress(parsed("88 Pine Road, Oakland CA 94610"))).toEqual({
      line1: "88 Pine Road",
      line2: "",
      city: "Oakland",
      state: "CA",
      zip: "94610",
      country: "USA",
    });
  });

  it("maps 省/市/区+详细地址 onto the shop's fields", () => {
    expect(toShopAddress(parsed("浙江省杭州市西湖区文三路100号 邮编310000"))).toEqual({
      line1: "西湖区文三路100号",
      line2: "",
      city: "杭州市",
      state: "浙江省",
      zip: "310000",
      country: "中国",
    });
  });
});
