import { z } from "zod";
import { FlowName } from "../agent/command.js";

/** What the bot asked last, so the next message is read as its answer. */
export const Awaiting = z.enum([
  "identity",
  "order_id",
  "item_ids",
  "new_item_ids",
  "reason",
  "payment_method_id",
  "address",
  "details",
  "confirmation",
  "handoff_offer",
  "clarify",
  "anything_else",
]);
export type Awaiting = z.infer<typeof Awaiting>;

/** Slot values collected by the active flow. */
export const FlowSlots = z.object({
  orderId: z.string().optional(),
  itemIndexes: z.array(z.number().int().nonnegative()).optional(),
  /** New variant id per entry of itemIndexes (exchange / modify_items). */
  newVariantIds: z.array(z.string()).optional(),
  reason: z.string().optional(),
  paymentMethodId: z.string().optional(),
  address: z.record(z.string(), z.string()).optional(),
  /** An address read with parts missing (kind "us" | "zh" plus its fields), completed by follow-ups. */
  addressDraft: z.record(z.string(), z.string()).optional(),
  details: z.string().optional(),
  /** The message that started the flow, re-read once the order is known ("…改用微信支付"). */
  request: z.string().optional(),
});
export type FlowSlots = z.infer<typeof FlowSlots>;

/** A flow in progress: which one and what it knows so far. */
/** Flows the dialog runs (verification is a step of every flow, not a flow of its own). */
export const DialogFlowName = FlowName.exclude(["verify_identity"]);

export const ActiveFlow = z.object({ name: DialogFlowName, slots: FlowSlots.default({}) });
export type ActiveFlow = z.infer<typeof ActiveFlow>;

/** A quick-reply choice the bot offered; ordinals ("the first one") resolve against these. */
export const OfferedChoice = z.object({ label: z.string(), value: z.string() });

/**
 * The dialog runtime's state, kept in `conversation.state.dialog`. Plain JSON so any store keeps
 * it, and validated on every read so an old or foreign shape resets instead of crashing.
 */
export const DialogState = z.object({
  active: ActiveFlow.optional(),
  /** Flows put aside (a digression, or one requested while verifying) to resume afterwards. */
  suspended: z.array(ActiveFlow).default([]),
  /** Further requests of the same message ("cancel W1 and return W2"), done in turn after the active one. */
  queue: z.array(ActiveFlow).default([]),
  awaiting: Awaiting.optional(),
  /** The flow the policy just refused, so "actually the other order" can retry it. */
  refused: ActiveFlow.optional(),
  /** The request the shopper just said no to at confirmation, so "actually yes, go ahead" brings it back. */
  declined: ActiveFlow.optional(),
  choices: z.array(OfferedChoice).default([]),
  /** Consecutive turns the bot could not use. */
  failures: z.number().int().nonnegative().default(0),
  /** Consecutive low-confidence turns. */
  lowConfidence: z.number().int().nonnegative().default(0),
  /** Identity facts gathered so far (name without zip, …). */
  identity: z.record(z.string(), z.string()).default({}),
  /** One line per thing the bot did or tried, for the handoff summary. */
  log: z.array(z.string()).default([]),
  /** The order the verifying message named ("emma@x.com / order #W1"): the likely subject of the next request. */
  contextOrderId: z.string().optional(),
  lastIntent: z.string().optional(),
  lastSentiment: z.string().optional(),
});
export type DialogState = z.infer<typeof DialogState>;

/** Reads the dialog state out of a conversation's opaque state, resetting on an unknown shape. */
export function readDialogState(state: Record<string, unknown>): DialogState {
  const parsed = DialogState.safeParse(state.dialog ?? {});
  return parsed.success ? parsed.data : DialogState.parse({});
}

/** Keeps the last entries of the log so the state stays small. */
export function appendLog(state: DialogState, line: string): DialogState {
  return { ...state, log: [...state.log, line].slice(-20) };
}
