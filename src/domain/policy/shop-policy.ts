import { z } from "zod";
import { parseJson, parseValue } from "../parse-json.js";
import { OrderStatus } from "../shop/order.js";

/** A shopper-facing sentence in both shop languages. */
export const Bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

const Statuses = z.array(OrderStatus);
const Days = z.number().int().positive().max(3650);

/** Where a return may be refunded: the order's original method, any gift card, or any saved method. */
export const RefundDestination = z.enum(["original", "gift_card", "any_existing"]);
export type RefundDestination = z.infer<typeof RefundDestination>;

/** The shop's after-sales rules; the eligibility functions read nothing else. */
export const ShopPolicy = z
  .object({
    /** Label shown in the admin console, e.g. "tau2" or "china". */
    name: z.string().min(1).max(100).default("custom"),
    /** Order statuses in which each action is allowed. */
    statuses: z
      .object({
        cancel: Statuses,
        modifyAddress: Statuses,
        modifyPayment: Statuses,
        modifyItems: Statuses,
        return: Statuses,
        exchange: Statuses,
      })
      .strict(),
    /** Accepted cancellation reasons (compared case-insensitively); null accepts any non-empty reason. */
    cancelReasons: z.array(z.string().trim().min(1)).min(1).nullable(),
    /** Days after delivery in which a return is possible; null means any time. */
    returnWindowDays: Days.nullable(),
    /** Days after delivery in which no reason is needed (7天无理由退货); later returns need a quality issue. */
    noReasonReturnDays: Days.nullable(),
    /** Days after delivery in which an exchange is possible; null means any time. */
    exchangeWindowDays: Days.nullable(),
    /** Allowed refund destinations for returns (at least one). */
    returnRefundTo: z.array(RefundDestination).min(1),
    /** Item modification and exchange may happen only once per order. */
    itemChangesOnce: z.boolean(),
    /** A changed item must be another variant of the same product. */
    sameProductOnly: z.boolean(),
    /** A gift card used to pay a price difference (or a new payment) must cover it. */
    giftCardMustCover: z.boolean(),
    /** A new payment method must differ from the order's original one. */
    newPaymentMustDiffer: z.boolean(),
    /** How long refunds take, told to the shopper. */
    refundTiming: z.object({ giftCard: Bilingual, other: Bilingual }).strict(),
    /** Every write needs an explicit yes from the shopper; the policy cannot switch this off. */
    requireExplicitConfirmation: z.literal(true),
  })
  .strict();
export type ShopPolicy = z.infer<typeof ShopPolicy>;

const TAU2_TIMING = {
  giftCard: { en: "Gift card refunds are credited immediately.", zh: "礼品卡退款即时到账。" },
  other: {
    en: "Refunds reach the original payment method in 5 to 7 business days.",
    zh: "退款将在5至7个工作日内退回原支付方式。",
  },
};

/** The τ²-bench retail policy (../shared/data/tau2-retail/policy.md), clause by clause. */
export const TAU2_POLICY: ShopPolicy = {
  name: "tau2",
  statuses: {
    cancel: ["pending"],
    modifyAddress: ["pending"],
    modifyPayment: ["pending"],
    modifyItems: ["pending"],
    return: ["delivered"],
    exchange: ["delivered"],
  },
  cancelReasons: ["no longer needed", "ordered by mistake"],
  returnWindowDays: null,
  noReasonReturnDays: null,
  exchangeWindowDays: null,
  returnRefundTo: ["original", "gift_card"],
  itemChangesOnce: true,
  sameProductOnly: true,
  giftCardMustCover: true,
  newPaymentMustDiffer: true,
  refundTiming: TAU2_TIMING,
  requireExplicitConfirmation: true,
};

/**
 * Common Chinese e-commerce rules: cancel before shipping, 7-day no-reason returns after delivery,
 * exchanges for quality issues up to 15 days, refunds to the original payment method.
 */
export const CHINA_POLICY: ShopPolicy = {
  name: "china",
  statuses: {
    cancel: ["pending", "processed"],
    modifyAddress: ["pending", "processed"],
    modifyPayment: ["pending"],
    modifyItems: ["pending"],
    return: ["delivered"],
    exchange: ["delivered"],
  },
  cancelReasons: null,
  returnWindowDays: 7,
  noReasonReturnDays: 7,
  exchangeWindowDays: 15,
  returnRefundTo: ["original"],
  itemChangesOnce: true,
  sameProductOnly: true,
  giftCardMustCover: true,
  newPaymentMustDiffer: true,
  refundTiming: {
    giftCard: TAU2_TIMING.giftCard,
    other: {
      en: "Refunds reach the original payment method in 1 to 7 business days.",
      zh: "退款将在1至7个工作日内原路退回。",
    },
  },
  requireExplicitConfirmation: true,
};

/** The demo shop's policy when none is stored under settings key "policy". */
export const DEFAULT_POLICY: ShopPolicy = CHINA_POLICY;

/** Validates a policy given as JSON text or an already-parsed value; VALIDATION_FAILED lists the paths. */
export function parsePolicy(input: unknown): ShopPolicy {
  if (typeof input === "string") return parseJson(ShopPolicy, input, "shop policy");
  return parseValue(ShopPolicy, input, "shop policy");
}
