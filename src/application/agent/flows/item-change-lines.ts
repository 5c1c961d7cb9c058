import { itemLabel } from "../order-views.js";
import { type DescribeInput, describeParts } from "./flow-module.js";

/** "T-Shirt (red / M) → T-Shirt (blue / M)" plus the price difference and where it is settled. */
export function itemChangeLines(input: DescribeInput, head: { en: string; zh: string }): string[] {
  const { zh, items, amount, pmText, variant } = describeParts(input);
  const s = input.flow.slots;
  const pairs = items.map((it, k) => `${itemLabel(it)} → ${variant(s.newVariantIds?.[k] ?? "")}`).join("; ");
  const cents = input.amountCents ?? 0;
  let diff = zh ? "无差价" : "No price difference";
  if (amount && cents > 0)
    diff = zh ? `差价退款 ${amount}（${pmText}）` : `Price difference refunded: ${amount} (${pmText})`;
  if (amount && cents < 0)
    diff = zh ? `需补差价 ${amount}（${pmText}）` : `Price difference to pay: ${amount} (${pmText})`;
  return [`${zh ? head.zh : head.en}: ${pairs}`, diff];
}
