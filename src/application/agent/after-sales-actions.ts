import type { DialogFlow } from "../../domain/dialog/flow-specs.js";
import type { Address } from "../../domain/shop/address.js";

/** What a writing flow asks the after-sales use cases to check (preview) or do (execute). */
export interface ActionRequest {
  flow: DialogFlow;
  customerId: string;
  conversationId: string;
  orderId?: string;
  itemIndexes?: number[];
  newVariantIds?: string[];
  reason?: string;
  paymentMethodId?: string;
  address?: Address;
  details?: string;
}

/** The policy's verdict on a request, as the dialog shows and explains it. */
export interface ActionPreview {
  allowed: boolean;
  /** Rule results from the policy engine, copied into the turn's explanation. */
  rules: unknown[];
  /** Stable refusal code and the shopper-facing reason in both languages. */
  code?: string;
  reason?: { en: string; zh: string };
  /** Refund (positive) or amount due (negative), when the plan has one. */
  amountCents?: number;
}

/** What an executed request produced. */
export interface ActionResult {
  requestId?: string;
  amountCents?: number;
  /** The request's status after the write: "requested" waits for staff review, "completed" is done. */
  status?: "requested" | "approved" | "rejected" | "completed";
}

/**
 * The dialog's view of the after-sales use cases: every eligibility check and write goes through
 * here, so the dialog never decides policy itself.
 */
export interface AfterSalesActions {
  preview(request: ActionRequest): Promise<ActionPreview>;
  execute(request: ActionRequest): Promise<ActionResult>;
  /** Flows the policy does not rule out for this order, to offer eligible orders first. */
  eligibleFlows?(orderId: string): Promise<Set<DialogFlow>>;
  /**
   * Why the order itself rules the flow out (status, window, already modified), before any slot is
   * asked; undefined when the shopper's choices still decide.
   */
  orderRefusal?(orderId: string, flow: DialogFlow): Promise<ActionPreview | undefined>;
}
