import { describe, expect, it } from "vitest";
import { readBotAsk, summaryMatches } from "./read-bot-reply.js";

const ADDRESS_SUMMARY = [
  "Please confirm:\n• Ship order #W7807323 to: 163 Lake View Road, Springfield, IL 62701, USA\n  (Street: 163 Lake View Road · City: Springfield · State: IL · Zip: 62701 · Country: USA)\nShall I go ahead?",
];

describe("summaryMatches", () => {
  it("reads 'Ship order … to: <address>' as an address change", () => {
    expect(readBotAsk(ADDRESS_SUMMARY)).toBe("confirm");
    expect(summaryMatches("modify_address", ADDRESS_SUMMARY)).toBe(true);
    expect(summaryMatches("modify_address", ["请确认：\n• 订单 #W7807323 改寄到：北京市…\n确认办理吗？"])).toBe(true);
  });

  it("still refuses a summary of another kind of change", () => {
    const cancel = ["Please confirm:\n• Cancel order #W7807323 (reason: no longer needed)\nShall I go ahead?"];
    expect(summaryMatches("modify_address", cancel)).toBe(false);
    expect(summaryMatches("cancel", ADDRESS_SUMMARY)).toBe(false);
  });

  it("reads a refused goal as a request of its kind: no complaint is confirmed for an exchange", () => {
    const complaint = ["Please confirm:\n• Complaint about order #W4794911: MY EMAIL IS …\nShall I go ahead?"];
    expect(summaryMatches("refuse_exchange_unavailable", complaint)).toBe(false);
    expect(summaryMatches("refuse_cancel_delivered", complaint)).toBe(false);
    expect(summaryMatches("refuse_exchange_unavailable", ["Please confirm:\n• Exchange in order #W1: …"])).toBe(true);
  });
});

describe("readBotAsk", () => {
  it("reads '您想使用哪种支付方式？' as a payment question, not a variant one", () => {
    expect(readBotAsk(["您想使用哪种支付方式？可选：visa 信用卡（尾号 1373）。"])).toBe("payment");
    expect(readBotAsk(["您想换成哪种？可选：黑色 / M，白色 / L。"])).toBe("variant");
  });
});
