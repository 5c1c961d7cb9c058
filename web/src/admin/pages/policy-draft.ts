import { DEFAULT_POLICY, type RefundDestination, type ShopPolicy } from "../../../../src/domain/policy/shop-policy.js";
import { OrderStatus } from "../../../../src/domain/shop/order.js";

export type PolicyAction = keyof ShopPolicy["statuses"];
export type PolicyWindow = "returnWindowDays" | "noReasonReturnDays" | "exchangeWindowDays";
export type PolicyFlag = "itemChangesOnce" | "sameProductOnly" | "giftCardMustCover" | "newPaymentMustDiffer";

export const ACTIONS: PolicyAction[] = [
  "cancel",
  "modifyAddress",
  "modifyPayment",
  "modifyItems",
  "return",
  "exchange",
];
export const WINDOWS: PolicyWindow[] = ["returnWindowDays", "noReasonReturnDays", "exchangeWindowDays"];
export const FLAGS: PolicyFlag[] = ["itemChangesOnce", "sameProductOnly", "giftCardMustCover", "newPaymentMustDiffer"];
/** Statuses offered in the matrix: the ones an after-sales action can start from. */
export const STATUS_COLUMNS: OrderStatus[] = ["pending", "pending_items_modified", "processed", "shipped", "delivered"];
export const DESTINATIONS: RefundDestination[] = ["original", "gift_card", "any_existing"];

/** The policy as the form holds it: day counts stay text so a bad entry reaches the server's validation. */
export interface PolicyDraft {
  name: string;
  statuses: Record<PolicyAction, OrderStatus[]>;
  anyReason: boolean;
  /** One reason per line. */
  cancelReasons: string;
  windows: Record<PolicyWindow, { unlimited: boolean; days: string }>;
  returnRefundTo: RefundDestination[];
  flags: Record<PolicyFlag, boolean>;
  refundTiming: ShopPolicy["refundTiming"];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOrderStatus(value: unknown): value is OrderStatus {
  return OrderStatus.safeParse(value).success;
}

/** A stored policy over the default, so a partial or empty document still fills the form. */
export function withDefaults(stored: unknown): ShopPolicy {
  if (!isRecord(stored) || Object.keys(stored).length === 0) return DEFAULT_POLICY;
  const merged: ShopPolicy = { ...DEFAULT_POLICY };
  const statuses = isRecord(stored.statuses) ? stored.statuses : {};
  for (const action of ACTIONS) {
    const value = statuses[action];
    if (Array.isArray(value)) merged.statuses = { ...merged.statuses, [action]: value.filter(isOrderStatus) };
  }
  if (typeof stored.name === "string") merged.name = stored.name;
  if (stored.cancelReasons === null || Array.isArray(stored.cancelReasons))
    merged.cancelReasons = stored.cancelReasons === null ? null : stored.cancelReasons.map(String);
  for (const key of WINDOWS) {
    const value = stored[key];
    if (value === null || typeof value === "number") merged[key] = value;
  }
  const destinations = stored.returnRefundTo;
  if (Array.isArray(destinations)) merged.returnRefundTo = DESTINATIONS.filter((d) => destinations.includes(d));
  for (const key of FLAGS) if (typeof stored[key] === "boolean") merged[key] = stored[key];
  if (isRecord(stored.refundTiming)) merged.refundTiming = { ...merged.refundTiming, ...stored.refundTiming };
  return merged;
}

export function toDraft(policy: ShopPolicy): PolicyDraft {
  const window = (days: number | null) => ({ unlimited: days === null, days: days === null ? "" : String(days) });
  return {
    name: policy.name,
    statuses: { ...policy.statuses },
    anyReason: policy.cancelReasons === null,
    cancelReasons: (policy.cancelReasons ?? []).join("\n"),
    windows: {
      returnWindowDays: window(policy.returnWindowDays),
      noReasonReturnDays: window(policy.noReasonReturnDays),
      exchangeWindowDays: window(policy.exchangeWindowDays),
    },
    returnRefundTo: [...policy.returnRefundTo],
    flags: {
      itemChangesOnce: policy.itemChangesOnce,
      sameProductOnly: policy.sameProductOnly,
      giftCardMustCover: policy.giftCardMustCover,
      newPaymentMustDiffer: policy.newPaymentMustDiffer,
    },
    refundTiming: policy.refundTiming,
  };
}

/** The document sent to PUT /settings/policy; the server is the one that validates it. */
export function fromDraft(draft: PolicyDraft): Record<string, unknown> {
  const days = (w: { unlimited: boolean; days: string }): number | string | null => {
    if (w.unlimited) return null;
    const n = Number(w.days);
    return w.days.trim() !== "" && Number.isFinite(n) ? n : w.days;
  };
  return {
    name: draft.name,
    statuses: draft.statuses,
    cancelReasons: draft.anyReason
      ? null
      : draft.cancelReasons
          .split("\n")
          .map((r) => r.trim())
          .filter(Boolean),
    returnWindowDays: days(draft.windows.returnWindowDays),
    noReasonReturnDays: days(draft.windows.noReasonReturnDays),
    exchangeWindowDays: days(draft.windows.exchangeWindowDays),
    returnRefundTo: draft.returnRefundTo,
    ...draft.flags,
    refundTiming: draft.refundTiming,
    requireExplicitConfirmation: true,
  };
}

/** Whether a window's day count is one the server accepts (a whole number 1..3650), or "no limit". */
export function validWindow(w: { unlimited: boolean; days: string }): boolean {
  if (w.unlimited) return true;
  const n = Number(w.days);
  return /^\s*\d+\s*$/.test(w.days) && Number.isInteger(n) && n >= 1 && n <= 3650;
}
