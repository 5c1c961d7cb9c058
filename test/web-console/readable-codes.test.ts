import { describe, expect, it } from "vitest";
import { consoleLabels, label } from "../../web/src/console/console-labels.js";
import { summaryFields } from "../../web/src/console/handoff-summary-view.js";
import { ruleLines } from "../../web/src/console/rule-lines.js";
import { summaryValue } from "../../web/src/console/summary-values.js";
import { systemLine } from "../../web/src/console/system-line.js";

// The bot's summary and explanations carry codes (cancel_order, ORDER_STATUS_NOT_ALLOWED, 1.00,
// emma_wilson_1001); the console shows them in words, in its own language.

const summary = [
  "Reason: requested",
  "Intent: cancel_order (last message: human_agent 1.00)",
  "Customer: emma_wilson_1001",
  "Order: #W0010004",
  "Sentiment: negative (angry) -0.71",
  "Language: en",
  "Tried: verified emma_wilson_1001; return #W0010005 submitted (asr_01k932j5hh5pp9lndc0u8dn); cancel_order #W0010004 refused: ORDER_STATUS_NOT_ALLOWED",
  "Last message: I want to talk to a human",
].join("\n");

function values(locale: "en" | "zh"): Record<string, string[]> {
  return Object.fromEntries(
    summaryFields(summary).map((f) => [
      f.key,
      summaryValue(f.key, f.value, consoleLabels[locale], { customerName: "Emma Wilson" }),
    ]),
  );
}

describe("hand-off summary values", () => {
  it("names the intent, the customer and the steps, with confidence as a percentage", () => {
    const en = values("en");
    expect(en.Intent).toEqual(["Cancel order · latest message: Talk to a human (100% sure)"]);
    expect(en.Customer).toEqual(["Emma Wilson"]);
    expect(en.Sentiment).toEqual(["Negative · angry"]);
    expect(en.Language).toEqual(["English"]);
    expect(en.Tried).toEqual([
      "Identity verified",
      "Return #W0010005 submitted for review",
      "Cancel order #W0010004 refused: the order's status doesn't allow it",
    ]);
    const shown = Object.values(en).flat().join(" ");
    expect(shown).not.toMatch(/emma_wilson_1001|asr_|ORDER_STATUS_NOT_ALLOWED|cancel_order|1\.00/);
  });

  it("is Chinese in the Chinese console", () => {
    const zh = values("zh");
    expect(zh.Intent).toEqual(["取消订单 · 最新消息：转人工（置信度 100%）"]);
    expect(zh.Sentiment).toEqual(["负面 · 愤怒"]);
    expect(zh.Language).toEqual(["英语"]);
    expect(zh.Tried).toEqual(["身份已核实", "退货 #W0010005 已提交审核", "取消订单 #W0010004 被拒绝：订单状态不允许"]);
  });

  it("says when nothing is known yet and keeps unknown codes as written", () => {
    const en = consoleLabels.en;
    expect(summaryValue("Customer", "not verified", en)).toEqual(["Not verified"]);
    expect(summaryValue("Tried", "nothing yet", en)).toEqual(["Nothing yet"]);
    expect(summaryValue("Order", "none", en)).toEqual(["—"]);
    expect(summaryValue("Tried", "teleport #W1 refused: WARP_DRIVE_OFF", en)).toEqual([
      "teleport #W1 refused: WARP_DRIVE_OFF",
    ]);
  });
});

describe("policy rules in the Why? panel", () => {
  it("reads each rule as words, not JSON", () => {
    const lines = ruleLines(
      [
        { rule: "cancel.status", passed: false, detail: "status shipped; allowed: pending, processed" },
        { rule: "return.window", passed: true, detail: "12 day(s) since delivery; limit 30" },
      ],
      consoleLabels.en,
    );
    expect(lines).toEqual([
      {
        passed: false,
        text: "Cancel order: order status allows it",
        detail: "status shipped; allowed: pending, processed",
      },
      { passed: true, text: "Return: within the time limit", detail: "12 day(s) since delivery; limit 30" },
    ]);
    expect(ruleLines([{ rule: "return.window", passed: true, detail: "" }], consoleLabels.zh)[0]?.text).toBe(
      "退货：在期限内",
    );
    expect(ruleLines("not a list", consoleLabels.en)).toEqual([]);
  });

  it("shows the engine's Chinese note in the Chinese console, the English one otherwise", () => {
    const rules = [
      {
        rule: "return.window",
        passed: false,
        detail: "9 day(s) since delivery; limit 7",
        detailZh: "已签收 9 天；期限 7 天",
      },
      { rule: "return.items_selected", passed: true, detail: "1 item(s) selected" },
    ];
    expect(ruleLines(rules, consoleLabels.zh, "zh").map((l) => l.detail)).toEqual([
      "已签收 9 天；期限 7 天",
      "1 item(s) selected",
    ]);
    expect(ruleLines(rules, consoleLabels.en, "en")[0]?.detail).toBe("9 day(s) since delivery; limit 7");
  });
});

describe("system lines", () => {
  it("are worded in the console's language, whatever language the shopper reads", () => {
    const joined = { text: "Demo Agent from our team has joined the conversation.", payload: { kind: "agent_joined" } };
    expect(systemLine(joined, consoleLabels.zh, "Demo Agent")).toBe("Demo Agent 加入了对话");
    expect(systemLine({ text: "已为您切换回智能助手", payload: { kind: "handed_back" } }, consoleLabels.en)).toBe(
      "Handed back to the bot",
    );
    expect(systemLine({ text: "Something new", payload: { kind: "future_kind" } }, consoleLabels.zh)).toBe(
      "Something new",
    );
  });
});

describe("conversation statuses in the customer panel", () => {
  it("are words in both languages, never the code", () => {
    for (const status of ["bot", "waiting_agent", "agent", "resolved"]) {
      expect(label(consoleLabels.en.conversationStatuses, status)).not.toBe(status);
      expect(label(consoleLabels.zh.conversationStatuses, status)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
