import type { ConversationStatus } from "../../domain/conversation/conversation.js";
import type { AfterSalesRequest } from "../../domain/shop/after-sales-request.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Order } from "../../domain/shop/order.js";

/** The shop data a dialog can change, keyed by id. */
export interface ShopSnapshot {
  orders: Record<string, Order>;
  customers: Record<string, Customer>;
  requests: Record<string, AfterSalesRequest>;
}

/** What the bot said after one step of the dialog. */
export interface StepReplies {
  /** Index of the step in `dialog.turns`. */
  turn: number;
  /** The shopper text sent (the paraphrase picked for this repeat), or "staff approve …". */
  sent: string;
  replies: string[];
  latencyMs: number;
  /** Why the step could not run (the replay stops there). */
  error?: string;
}

/** What one replay of a dialog produced: replies per step and the store before and after. */
export interface DialogOutcome {
  steps: StepReplies[];
  before: ShopSnapshot;
  after: ShopSnapshot;
  conversationStatus: ConversationStatus | "missing";
  /** A hand-off was opened (or the conversation waits for / is with an agent). */
  handoff: boolean;
}

/** One unmet expectation: the step it was seen at (undefined: the end state) and why. */
export interface DialogFailure {
  turn?: number;
  reason: string;
}
