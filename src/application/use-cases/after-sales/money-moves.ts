import type { Customer } from "../../../domain/shop/customer.js";
import type { Order, PaymentTransaction } from "../../../domain/shop/order.js";

/** Adds a payment or refund line to the order's payment history; zero amounts are skipped. */
export function withTransaction(
  order: Order,
  type: PaymentTransaction["type"],
  amountCents: number,
  paymentMethodId: string,
  at: string,
): Order {
  if (amountCents <= 0) return order;
  return { ...order, payments: [...order.payments, { type, amountCents, paymentMethodId, at }] };
}

/** Moves a gift card's balance by `deltaCents` (negative debits); other methods are untouched. */
export function withGiftCardDelta(customer: Customer, paymentMethodId: string, deltaCents: number): Customer {
  if (deltaCents === 0) return customer;
  return {
    ...customer,
    paymentMethods: customer.paymentMethods.map((m) =>
      m.id === paymentMethodId && m.kind === "gift_card"
        ? { ...m, balanceCents: (m.balanceCents ?? 0) + deltaCents }
        : m,
    ),
  };
}

/** Charges (positive) or refunds (negative) a price difference on one method, gift cards at once. */
export function settleDifference(
  order: Order,
  customer: Customer,
  differenceCents: number,
  paymentMethodId: string,
  at: string,
): { order: Order; customer: Customer } {
  const type = differenceCents > 0 ? "payment" : "refund";
  return {
    order: withTransaction(order, type, Math.abs(differenceCents), paymentMethodId, at),
    customer: withGiftCardDelta(customer, paymentMethodId, -differenceCents),
  };
}
