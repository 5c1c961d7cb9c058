import type { Customer } from "../shop/customer.js";
import type { Order } from "../shop/order.js";
import type { PaymentMethod } from "../shop/payment-method.js";
import type { Bilingual, ShopPolicy } from "./shop-policy.js";

/** The order's first payment method: "the original payment method" of the policy. */
export function originalPaymentMethodId(order: Pick<Order, "payments">): string | undefined {
  return order.payments.find((p) => p.type === "payment")?.paymentMethodId;
}

/** Paid minus refunded per payment method, keeping first-payment order; zero balances are dropped. */
export function netPaidByMethod(order: Pick<Order, "payments">): { paymentMethodId: string; amountCents: number }[] {
  const net = new Map<string, number>();
  for (const p of order.payments) {
    const sign = p.type === "payment" ? 1 : -1;
    net.set(p.paymentMethodId, (net.get(p.paymentMethodId) ?? 0) + sign * p.amountCents);
  }
  return [...net]
    .filter(([, cents]) => cents > 0)
    .map(([paymentMethodId, amountCents]) => ({ paymentMethodId, amountCents }));
}

/** A saved method of the shopper, or undefined when the id is not theirs. */
export function findPaymentMethod(customer: Pick<Customer, "paymentMethods">, id: string): PaymentMethod | undefined {
  return customer.paymentMethods.find((m) => m.id === id);
}

/** Gift cards are credited at once; the id prefix covers methods the shopper no longer has saved. */
export function isGiftCard(customer: Pick<Customer, "paymentMethods"> | undefined, id: string): boolean {
  const saved = customer ? findPaymentMethod(customer, id) : undefined;
  return saved ? saved.kind === "gift_card" : id.startsWith("gift_card");
}

/** What to tell the shopper about when the money arrives. */
export function refundTimingText(policy: ShopPolicy, immediate: boolean): Bilingual {
  return immediate ? policy.refundTiming.giftCard : policy.refundTiming.other;
}
