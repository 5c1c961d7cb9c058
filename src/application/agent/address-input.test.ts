import { describe, expect, it } from "vitest";
import { addressText, readAddress } from "./address-input.js";

describe("readAddress", () => {
  it.each([
    [
      "收货地址 改成 江苏省 南京市 鼓楼区 中山路18号 邮编210008 订单号w0020001 邮箱 li.na@example.cn",
      "鼓楼区中山路18号",
      "210008",
    ],
    [
      "李娜，手机139 1234 5678，邮编200031。默认地址帮我改成四川省成都市武侯区人民南路四段8号 610041",
      "武侯区人民南路四段8号",
      "610041",
    ],
    [
      "把W0020001的收货地址改成北京市朝阳区建国路88号，邮编100022，我邮箱li.na@example.cn",
      "朝阳区建国路88号",
      "100022",
    ],
    [
      "the order is W0010003, I need it delivered to 301 Lake Shore Drive, Chicago, IL 60611",
      "301 Lake Shore Drive",
      "60611",
    ],
  ])("reads only the address of %s", (text, line1, zip) => {
    const reading = readAddress(text, undefined);
    expect(reading.kind).toBe("complete");
    if (reading.kind === "complete") expect([reading.address.line1, reading.address.zip]).toEqual([line1, zip]);
  });

  it("keeps a district named 新区 at the end as the district", () => {
    const reading = readAddress("地址改到上海市浦东新区", undefined);
    expect(reading.kind).toBe("partial");
    if (reading.kind === "partial") expect(reading.draft.district).toBe("浦东新区");
  });

  it("drops identity parts from the text", () => {
    expect(addressText("订单号w0020001 邮箱 li.na@example.cn 手机13912345678")).toBe("");
  });
});
