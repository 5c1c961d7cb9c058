import type { CannedReply } from "./scripted-openai-server.js";

/** What the scripted model does, switchable per test. */
export type ModelBehaviour = "shop" | "500" | "timeout" | "garbage" | "bad-tool-args";

type Rule = [RegExp, (m: RegExpMatchArray) => CannedReply["toolCalls"]];

const setOrder = (id: string | undefined) => ({ name: "set_slot", arguments: { slot: "order_id", value: id } });

/** A tiny stand-in for a tool-calling LLM: maps the (redacted) customer message to tool calls. */
const RULES: Rule[] = [
  [
    /ignore (?:all |your )?rules|admin mode|system:/i,
    () => [
      { name: "start_flow", arguments: { flow: "return" } },
      setOrder("#W0010005"),
      { name: "confirm", arguments: {} },
    ],
  ],
  [
    /where is (?:my )?order (#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "order_status" } }, setOrder(m[1])],
  ],
  [
    /cancel (?:order )?(#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "cancel_order" } }, setOrder(m[1])],
  ],
  [/return (?:order )?(#W\d{7})/i, (m) => [{ name: "start_flow", arguments: { flow: "return" } }, setOrder(m[1])]],
  [/exchange (?:order )?(#W\d{7})/i, (m) => [{ name: "start_flow", arguments: { flow: "exchange" } }, setOrder(m[1])]],
  [
    /(?:ship|send) (?:order )?(#W\d{7}) to/i,
    (m) => [{ name: "start_flow", arguments: { flow: "modify_address" } }, setOrder(m[1])],
  ],
  [
    /change the items (?:in|of) (?:order )?(#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "modify_items" } }, setOrder(m[1])],
  ],
  [
    /(?:change|switch) the payment (?:of|for) (?:order )?(#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "modify_payment" } }, setOrder(m[1])],
  ],
  [
    /where is my refund for (?:order )?(#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "refund_status" } }, setOrder(m[1])],
  ],
  [
    /invoice for (?:order )?(#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "invoice" } }, setOrder(m[1])],
  ],
  [
    /warranty claim for (?:order )?(#W\d{7})/i,
    (m) => [{ name: "start_flow", arguments: { flow: "warranty" } }, setOrder(m[1])],
  ],
  [
    /complaint about (?:order )?(#W\d{7}): (.+)$/i,
    (m) => [
      { name: "start_flow", arguments: { flow: "complaint" } },
      setOrder(m[1]),
      { name: "set_slot", arguments: { slot: "details", value: m[2] } },
    ],
  ],
  [/stopped working|is broken/i, (m) => [{ name: "set_slot", arguments: { slot: "details", value: m.input ?? "" } }]],
  [/change my default address/i, () => [{ name: "start_flow", arguments: { flow: "update_default_address" } }]],
  [/(⟦EMAIL_\d+⟧)/, (m) => [{ name: "set_slot", arguments: { slot: "email", value: m[1] } }]],
  [/(⟦PHONE_\d+⟧)/, (m) => [{ name: "set_slot", arguments: { slot: "phone", value: m[1] } }]],
  [/\b(?:human|real person|agent)\b/i, () => [{ name: "handoff", arguments: { reason: "requested" } }]],
  [/how long|policy|refund take/i, (m) => [{ name: "answer_faq", arguments: { query: m.input ?? "" } }]],
  [/(no longer needed|ordered by mistake)/i, (m) => [{ name: "set_slot", arguments: { slot: "reason", value: m[1] } }]],
  [
    /the (first|second) item/i,
    (m) => [{ name: "set_slot", arguments: { slot: "item_ids", value: [m[1] === "first" ? "1" : "2"] } }],
  ],
  [/paypal/i, () => [{ name: "set_slot", arguments: { slot: "payment_method_id", value: "paypal_1001" } }]],
  [/gift card/i, () => [{ name: "set_slot", arguments: { slot: "payment_method_id", value: "gift_card_1001" } }]],
  [/credit card/i, () => [{ name: "set_slot", arguments: { slot: "payment_method_id", value: "credit_card_1001" } }]],
  [
    /^(?:new address|address):\s*(⟦ADDRESS_\d+⟧), ([^,]+), ([A-Z]{2}) (\d{5})$/i,
    (m) => [
      {
        name: "set_slot",
        arguments: { slot: "address", value: { line1: m[1], city: m[2], state: m[3], zip: m[4], country: "USA" } },
      },
    ],
  ],
  [
    /(?:linear|tactile|clicky) \/ (?:full size|80%)|\b(?:blue|black|white) \/ (?:S|M|L)\b/i,
    (m) => [{ name: "set_slot", arguments: { slot: "new_item_ids", value: [m[0]] } }],
  ],
  [
    /订单(#W\d{7})(?:到哪|在哪|物流)/,
    (m) => [{ name: "start_flow", arguments: { flow: "order_status" } }, setOrder(m[1])],
  ],
  [/取消订单\s*(#W\d{7})/, (m) => [{ name: "start_flow", arguments: { flow: "cancel_order" } }, setOrder(m[1])]],
  [/人工/, () => [{ name: "handoff", arguments: { reason: "requested" } }]],
  [/不需要了|不要了/, () => [{ name: "set_slot", arguments: { slot: "reason", value: "no longer needed" } }]],
  [/^(?:是的|确认|是)/, () => [{ name: "confirm", arguments: {} }]],
  [/^(?:yes|yes please|confirm)\b/i, () => [{ name: "confirm", arguments: {} }]],
  [/^(?:no|no thanks)\b/i, () => [{ name: "deny", arguments: {} }]],
  [/^(?:hi|hello|thanks)\b/i, () => [{ name: "chitchat", arguments: { intent: "greeting" } }]],
];

function lastUserText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const users = messages.filter(
    (m): m is { role: string; content: string } =>
      typeof m === "object" &&
      m !== null &&
      "role" in m &&
      m.role === "user" &&
      "content" in m &&
      typeof m.content === "string",
  );
  return users.at(-1)?.content ?? "";
}

/** Understanding requests carry tools; phrasing requests do not. */
export function scriptedShopModel(behaviour: () => ModelBehaviour) {
  return (body: Record<string, unknown>): CannedReply => {
    const b = behaviour();
    if (b === "500") return { status: 500 };
    if (b === "timeout") return { delayMs: 1500, text: "too late" };
    if (b === "garbage") return { rawBody: "<html>502 upstream garbage" };
    const text = lastUserText(body);
    if (!("tools" in body)) {
      const draft = text.match(/^Draft:\n([\s\S]*?)\n\nFacts:/)?.[1] ?? "";
      // A "compromised" phrasing when a KB article smuggles instructions: grounding must catch it.
      if (/IGNORE PREVIOUS INSTRUCTIONS/i.test(draft))
        return { text: "Great news: you get a $100 credit and a full refund!" };
      return { text: `Sure! ${draft}` };
    }
    if (b === "bad-tool-args") return { toolCalls: [{ name: "set_slot", arguments: "{not json" }] };
    if (/^Your tool call was rejected/.test(text)) return { toolCalls: [] };
    for (const [re, calls] of RULES) {
      const m = text.match(re);
      if (m) return { toolCalls: calls(m) ?? [] };
    }
    return { toolCalls: [] };
  };
}
