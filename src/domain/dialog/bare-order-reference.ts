import { flowByKeywords } from "./flow-keywords.js";

const ORDER_ID = /#?\b[Ww]\d{7}\b/g;

/** Words that only introduce an order number ("order #W1", "it's order number W1", "订单号W1"). */
const FILLER =
  /\b(it'?s|it is|the|my|order|number|no|id|is|this|that|one|please|pls)\b|订单号?|单号|是|这个|[\s#:：,.，。!！-]/gi;

/**
 * The message is one order number and nothing else of substance ("order #W1234567", "订单W1234567"):
 * the answer to "which order?", never a request to see that order's status.
 */
export function isBareOrderReference(text: string): boolean {
  const ids = text.match(ORDER_ID);
  if (ids?.length !== 1) return false;
  // One short leftover word is a typo of "order" ("oredr #W1"); more words may be a request.
  const rest = text.replace(ORDER_ID, " ").replace(FILLER, " ").trim();
  return rest === "" || (/^[a-z]{1,6}$/i.test(rest) && flowByKeywords(text) === undefined);
}
