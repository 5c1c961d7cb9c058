import type { FlowName } from "../agent/command.js";
import type { Intent } from "../nlu/intent.js";
import type { OrderStatus } from "../shop/order.js";
import { DialogFlowName, type FlowSlots } from "./dialog-state.js";

/** The slots a flow fills, in the order it asks for them. */
export type FlowSlot = keyof FlowSlots;

/** The after-sales action a flow's write is checked and executed as (policy action kinds, plus services). */
export type FlowActionKind =
  | "cancel"
  | "modify_address"
  | "modify_payment"
  | "modify_items"
  | "return"
  | "exchange"
  | "service"
  | "default_address"
  | "none";

/**
 * One line of the dialog vocabulary: which intents start the flow, the action kind it writes, the
 * slots it fills, and which order statuses are likely (display order only; the policy decides).
 */
export interface FlowSpec {
  intents: readonly Intent[];
  action: FlowActionKind;
  /** Needs a verified shopper and one of their orders. */
  needsOrder: boolean;
  slots: FlowSlot[];
  /** Writes something, so it previews and asks for an explicit yes first. */
  writes: boolean;
  likely: readonly OrderStatus[];
}

const PENDING: readonly OrderStatus[] = ["pending", "pending_items_modified"];

export const FLOW_SPECS: Record<Exclude<FlowName, "verify_identity">, FlowSpec> = {
  order_status: {
    intents: ["order_status", "logistics"],
    action: "none",
    needsOrder: true,
    slots: ["orderId"],
    writes: false,
    likely: ["shipped", "processed", "pending"],
  },
  refund_status: {
    intents: ["refund_status"],
    action: "none",
    needsOrder: true,
    slots: ["orderId"],
    writes: false,
    likely: ["cancelled", "return_requested", "returned"],
  },
  cancel_order: {
    intents: ["cancel_order"],
    action: "cancel",
    needsOrder: true,
    slots: ["orderId", "reason"],
    writes: true,
    likely: PENDING,
  },
  modify_address: {
    intents: ["change_address"],
    action: "modify_address",
    needsOrder: true,
    slots: ["orderId", "address"],
    writes: true,
    likely: PENDING,
  },
  modify_payment: {
    intents: ["change_payment"],
    action: "modify_payment",
    needsOrder: true,
    slots: ["orderId", "paymentMethodId"],
    writes: true,
    likely: PENDING,
  },
  modify_items: {
    intents: ["change_items"],
    action: "modify_items",
    needsOrder: true,
    slots: ["orderId", "itemIndexes", "newVariantIds", "paymentMethodId"],
    writes: true,
    likely: ["pending"],
  },
  return: {
    intents: ["return"],
    action: "return",
    needsOrder: true,
    slots: ["orderId", "itemIndexes", "paymentMethodId", "reason"],
    writes: true,
    likely: ["delivered"],
  },
  exchange: {
    intents: ["exchange"],
    action: "exchange",
    needsOrder: true,
    slots: ["orderId", "itemIndexes", "newVariantIds", "paymentMethodId"],
    writes: true,
    likely: ["delivered"],
  },
  invoice: {
    intents: ["invoice"],
    action: "service",
    needsOrder: true,
    slots: ["orderId"],
    writes: true,
    likely: [],
  },
  warranty: {
    intents: ["warranty"],
    action: "service",
    needsOrder: true,
    slots: ["orderId", "itemIndexes", "details"],
    writes: true,
    likely: ["delivered", "exchanged"],
  },
  complaint: {
    intents: ["complaint"],
    action: "service",
    needsOrder: true,
    slots: ["orderId", "details"],
    writes: true,
    likely: [],
  },
  update_default_address: {
    intents: [],
    action: "default_address",
    needsOrder: false,
    slots: ["address"],
    writes: true,
    likely: [],
  },
};
export type DialogFlow = keyof typeof FLOW_SPECS;

export const DIALOG_FLOWS: readonly DialogFlow[] = DialogFlowName.options;

/** The flow whose write is checked as this policy action kind ("cancel" → cancel_order). */
export function flowOfAction(kind: string): DialogFlow | undefined {
  return DIALOG_FLOWS.find((f) => FLOW_SPECS[f].action === kind);
}

/** Which flow an NLU intent starts; `text` distinguishes a default-address change. */
export function flowForIntent(intent: Intent, text: string): DialogFlow | undefined {
  if (intent === "change_address" && /default|默认|常用/i.test(text)) return "update_default_address";
  return DIALOG_FLOWS.find((f) => FLOW_SPECS[f].intents.includes(intent));
}
