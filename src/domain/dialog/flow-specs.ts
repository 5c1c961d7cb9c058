import type { FlowName } from "../agent/command.js";
import type { Intent } from "../nlu/intent.js";
import type { FlowSlots } from "./dialog-state.js";

/** The slots a flow fills, in the order it asks for them. */
export type FlowSlot = keyof FlowSlots;

export interface FlowSpec {
  /** Needs a verified shopper and one of their orders. */
  needsOrder: boolean;
  slots: FlowSlot[];
  /** Writes something, so it previews and asks for an explicit yes first. */
  writes: boolean;
}

export const FLOW_SPECS: Record<Exclude<FlowName, "verify_identity">, FlowSpec> = {
  order_status: { needsOrder: true, slots: ["orderId"], writes: false },
  refund_status: { needsOrder: true, slots: ["orderId"], writes: false },
  cancel_order: { needsOrder: true, slots: ["orderId", "reason"], writes: true },
  modify_address: { needsOrder: true, slots: ["orderId", "address"], writes: true },
  modify_payment: { needsOrder: true, slots: ["orderId", "paymentMethodId"], writes: true },
  modify_items: {
    needsOrder: true,
    slots: ["orderId", "itemIndexes", "newVariantIds", "paymentMethodId"],
    writes: true,
  },
  return: { needsOrder: true, slots: ["orderId", "itemIndexes", "paymentMethodId", "reason"], writes: true },
  exchange: { needsOrder: true, slots: ["orderId", "itemIndexes", "newVariantIds", "paymentMethodId"], writes: true },
  invoice: { needsOrder: true, slots: ["orderId"], writes: true },
  warranty: { needsOrder: true, slots: ["orderId", "itemIndexes", "details"], writes: true },
  complaint: { needsOrder: true, slots: ["orderId", "details"], writes: true },
  update_default_address: { needsOrder: false, slots: ["address"], writes: true },
};

export type DialogFlow = keyof typeof FLOW_SPECS;

/** Which flow an NLU intent starts; `text` distinguishes a default-address change. */
export function flowForIntent(intent: Intent, text: string): DialogFlow | undefined {
  switch (intent) {
    case "order_status":
    case "logistics":
      return "order_status";
    case "return":
    case "exchange":
    case "refund_status":
    case "cancel_order":
    case "invoice":
    case "warranty":
    case "complaint":
      return intent;
    case "change_address":
      return /default|默认|常用/i.test(text) ? "update_default_address" : "modify_address";
    case "change_items":
      return "modify_items";
    case "change_payment":
      return "modify_payment";
    default:
      return undefined;
  }
}
