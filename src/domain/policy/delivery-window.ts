import type { Order } from "../shop/order.js";
import type { Refusal, RuleLog } from "./decision.js";
import type { ShopPolicy } from "./shop-policy.js";

const DAY_MS = 86_400_000;

/** When the order was delivered: its own field, else the carrier's last "delivered" scan. */
export function deliveredAt(order: Order): Date | undefined {
  if (order.deliveredAt) return new Date(order.deliveredAt);
  const scans = order.fulfillments.flatMap((f) => f.events).filter((e) => e.status === "delivered");
  const last = scans
    .map((e) => e.at)
    .sort()
    .at(-1);
  return last ? new Date(last) : undefined;
}

/**
 * Checks the return or exchange window: the hard window (`windowDays`), then the no-reason period
 * after which only quality issues qualify. No windows configured means any time (τ² retail).
 */
export function checkDeliveryWindow(
  log: RuleLog,
  policy: ShopPolicy,
  action: "return" | "exchange",
  order: Order,
  now: Date,
  qualityIssue: boolean,
): Refusal | undefined {
  const windowDays = action === "return" ? policy.returnWindowDays : policy.exchangeWindowDays;
  const noReasonDays = policy.noReasonReturnDays;
  if (windowDays === null && noReasonDays === null) {
    log.check(`${action}.window`, true, { en: "no time limit after delivery", zh: "签收后无时间限制" });
    return undefined;
  }
  const delivered = deliveredAt(order);
  if (
    !log.check(
      `${action}.delivery_date_known`,
      delivered !== undefined,
      delivered
        ? { en: `delivered ${delivered.toISOString()}`, zh: `签收时间 ${delivered.toISOString()}` }
        : { en: "no delivery date recorded", zh: "没有签收日期记录" },
    )
  ) {
    return log.refuse("DELIVERY_DATE_UNKNOWN", {
      en: `I cannot find when order ${order.id} was delivered, so a colleague needs to check the time limit.`,
      zh: `查不到订单 ${order.id} 的签收时间，需要人工核实是否在时限内。`,
    });
  }
  const days = (now.getTime() - (delivered?.getTime() ?? 0)) / DAY_MS;
  const shown = Math.max(0, Math.floor(days));
  if (
    windowDays !== null &&
    !log.check(`${action}.window`, days <= windowDays, {
      en: `${shown} day(s) since delivery; limit ${windowDays}`,
      zh: `已签收 ${shown} 天；期限 ${windowDays} 天`,
    })
  ) {
    const expired = action === "return" ? "RETURN_WINDOW_EXPIRED" : "EXCHANGE_WINDOW_EXPIRED";
    return log.refuse(expired, {
      en: `Order ${order.id} was delivered ${shown} days ago; ${action === "return" ? "returns" : "exchanges"} are possible within ${windowDays} days of delivery.`,
      zh: `订单 ${order.id} 已签收 ${shown} 天，${action === "return" ? "退货" : "换货"}须在签收后 ${windowDays} 天内申请。`,
    });
  }
  if (noReasonDays === null || days <= noReasonDays) {
    if (noReasonDays !== null)
      log.check(`${action}.no_reason_period`, true, {
        en: `${shown} day(s) since delivery; no reason needed within ${noReasonDays}`,
        zh: `已签收 ${shown} 天；${noReasonDays} 天内无需理由`,
      });
    return undefined;
  }
  const detail = {
    en: `${shown} day(s) since delivery, past the ${noReasonDays}-day no-reason period; quality issue: ${qualityIssue}`,
    zh: `已签收 ${shown} 天，超过 ${noReasonDays} 天无理由期；质量问题：${qualityIssue ? "是" : "否"}`,
  };
  if (log.check(`${action}.quality_issue_after_no_reason_period`, qualityIssue, detail)) return undefined;
  return log.refuse("QUALITY_ISSUE_REQUIRED", {
    en: `The ${noReasonDays}-day no-reason period for order ${order.id} has passed; after it only items with a quality issue can be ${action === "return" ? "returned" : "exchanged"}.`,
    zh: `订单 ${order.id} 已超过 ${noReasonDays} 天无理由退换期，之后仅限质量问题${action === "return" ? "退货" : "换货"}。`,
  });
}
