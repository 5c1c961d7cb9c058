import { z } from "zod";
import { Intent } from "../nlu/intent.js";

/** Flows Kefu runs; each is deterministic and gated by the policy engine. */
export const FlowName = z.enum([
  "verify_identity",
  "order_status",
  "cancel_order",
  "modify_address",
  "modify_payment",
  "modify_items",
  "return",
  "exchange",
  "refund_status",
  "invoice",
  "warranty",
  "complaint",
  "update_default_address",
]);
export type FlowName = z.infer<typeof FlowName>;

/** Slot names a flow can fill. Values are strings or lists, validated by the flow. */
export const SlotName = z.enum([
  "email",
  "first_name",
  "last_name",
  "zip",
  "phone",
  "order_id",
  "item_ids",
  "new_item_ids",
  "reason",
  "payment_method_id",
  "address",
  "details",
]);
export type SlotName = z.infer<typeof SlotName>;

/**
 * What understanding (local NLU or an LLM's tool calls) may ask the dialog engine to do.
 * Nothing here changes data by itself: flows check policy and ask for an explicit yes first.
 */
export const Command = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start_flow"), flow: FlowName }),
  z.object({
    type: z.literal("set_slot"),
    slot: SlotName,
    value: z.union([z.string(), z.array(z.string()), z.record(z.string(), z.string())]),
  }),
  z.object({ type: z.literal("confirm") }),
  z.object({ type: z.literal("deny") }),
  z.object({ type: z.literal("cancel_flow") }),
  z.object({ type: z.literal("handoff"), reason: z.string().default("requested") }),
  z.object({ type: z.literal("answer_faq"), query: z.string() }),
  z.object({ type: z.literal("chitchat"), intent: Intent }),
]);
export type Command = z.infer<typeof Command>;
