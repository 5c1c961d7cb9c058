import { describe, expect, it } from "vitest";
import { replyLanguage } from "./reply-language.js";

describe("replyLanguage", () => {
  it("tells Chinese from English replies and ignores bare numbers", () => {
    expect(replyLanguage("订单 #W0020004 的状态：已发货。")).toBe("zh");
    expect(replyLanguage("Order #W0010004 is shipped.")).toBe("en");
    expect(replyLanguage("#W0010004 $21.99")).toBeUndefined();
  });

  it("does not count Chinese quoted from the shopper or the records", () => {
    const echoes = ["please change the address to 北京市朝阳区建国路88号 100022", "李娜"];
    expect(replyLanguage("Done: Ship order #W0020001 to: 朝阳区建国路88号, 北京市", echoes)).toBe("en");
    expect(replyLanguage("Thank you, 李娜, you're verified.", echoes)).toBe("en");
    expect(replyLanguage("谢谢李娜，身份已核实。", echoes)).toBe("zh");
    expect(replyLanguage("Hello! 请问还有什么可以帮您？", echoes)).toBe("zh");
  });
});
