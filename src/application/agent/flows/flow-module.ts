import type { ActiveFlow } from "../../../domain/dialog/dialog-state.js";
import type { DialogFlow, FlowSpec } from "../../../domain/dialog/flow-specs.js";
import { paymentLabel } from "../../../domain/dialog/labels.js";
import type { Locale } from "../../../domain/locale.js";
import type { ShopPolicy } from "../../../domain/policy/shop-policy.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { PaymentMethod } from "../../../domain/shop/payment-method.js";
import type { Product } from "../../../domain/shop/product.js";
import { itemLabel, money, optionsText } from "../order-views.js";
import type { TurnContext } from "../turn-context.js";

/** What a flow's confirmation and outcome lines are written from. */
export interface DescribeInput {
  flow: ActiveFlow;
  order?: Order;
  customer: Customer;
  products: readonly Product[];
  locale: Locale;
  /** Refund (positive) or amount due (negative), from the policy preview. */
  amountCents?: number;
}

/**
 * One after-sales flow in one place: its vocabulary line (intents, action kind, slots), which
 * payment methods it may offer (policy first), how its action is described, and, for flows that
 * only read, what it shows. Slot extraction and asking live in ../slots, shared by name.
 */
export interface FlowModule {
  name: DialogFlow;
  spec: FlowSpec;
  /** Payment methods this flow may use for this order, already filtered by the policy. */
  paymentChoices?(customer: Customer, order: Order, policy: ShopPolicy): PaymentMethod[];
  /** Picks the method without asking (e.g. the price difference of an exchange goes to the original). */
  autoPayment?(choices: readonly PaymentMethod[], order: Order): PaymentMethod | undefined;
  /** The lines the shopper confirms, in their language. */
  describe(input: DescribeInput): string[];
  /** Information flows: shows the answer for the order. */
  show?(ctx: TurnContext, order: Order): Promise<void>;
}

/** Helpers flow modules share to describe an action. */
export function describeParts(input: DescribeInput) {
  const { flow, order, customer, locale } = input;
  const s = flow.slots;
  const items = (s.itemIndexes ?? []).map((i) => order?.items[i]).filter((x) => x !== undefined);
  const pm = customer.paymentMethods.find((m) => m.id === s.paymentMethodId);
  const amount = order && input.amountCents !== undefined ? money(order, Math.abs(input.amountCents), locale) : "";
  return {
    zh: locale === "zh",
    id: order?.id ?? "",
    itemList: items.map(itemLabel).join("; "),
    items,
    pmText: pm && order ? paymentLabel(pm, locale, (c) => money(order, c, locale)) : "",
    amount,
    variant(variantId: string): string {
      for (const p of input.products) {
        const v = p.variants.find((x) => x.id === variantId);
        // Same name as the item it replaces, which a Chinese turn reads under the catalogue's Chinese name.
        if (v) return `${(locale === "zh" && p.nameZh) || p.name} (${optionsText(v.options)})`;
      }
      return variantId;
    },
  };
}

/** The payment methods an order was paid with. */
export function paidWith(order: Order): Set<string> {
  return new Set(order.payments.filter((p) => p.type === "payment").map((p) => p.paymentMethodId));
}
