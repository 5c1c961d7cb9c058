import { normalizeText } from "../nlu/normalize-text.js";
import { flowByKeywords } from "./flow-keywords.js";
import type { DialogFlow } from "./flow-specs.js";

/** One request of a message that holds several ("cancel W1 and return the shirt from W2"). */
export interface SplitRequest {
  flow: DialogFlow;
  text: string;
  orderId?: string;
}

const SEPARATORS =
  /\s*(?:[;；。\n]|,?\s*\b(?:and also|and then|also|then|plus|after that|and)\b\s+(?=(?:i\s+)?(?:also\s+)?(?:want|would|need|cancel|return|exchange|change|track|where|check|get|send|swap|modify|update|please|can|could|ship|pay|deliver|switch|use|tell|what|whats|what's|how)\b)|另外|还有|然后|再帮我|再把|再帮|并且|同时|，(?=\s*#?[Ww]\d{7}))\s*/i;

const ORDER_ID = /#?\b[Ww]\d{7}\b/g;
/** "#W1 and #W3", "W0020003和W0020001": one request for each order of the list. */
const ORDER_LIST = /#?\b[Ww]\d{7}\b(?:\s*(?:,|，|、|&|\band\b|和|与|跟|及)\s*#?\b[Ww]\d{7}\b)+/i;

/** The order a part is about: the one after its request words ("here (#W1). cancel #W3" → #W3). */
function orderOf(part: string, flow: DialogFlow | undefined): string | undefined {
  const ids = [...part.matchAll(ORDER_ID)];
  if (ids.length <= 1 || !flow) return ids[0]?.[0];
  return requestOrderId(part, flow) ?? ids[0]?.[0];
}

/**
 * Of several order numbers in one request, the one right after the request's own words
 * ("emma@x.com order #W1 ok. and where is #W9?" → #W9 for order status); undefined when none fits.
 */
export function requestOrderId(text: string, flow: DialogFlow): string | undefined {
  const ids = [...text.matchAll(ORDER_ID)];
  const lower = normalizeText(text);
  // The id itself may complete the wording ("where is #W9").
  const hit = ids.find((m) => flowByKeywords(lower.slice(0, (m.index ?? 0) + m[0].length)) === flow);
  return hit ? `#${hit[0].replace(/^#/, "").toUpperCase()}` : undefined;
}

/** Parts of the message, a listed set of orders expanded to one part each. */
function partsOf(text: string): { text: string; orderId?: string; listed?: boolean }[] {
  const out: { text: string; orderId?: string; listed?: boolean }[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    if (part.length <= 1) continue;
    const list = part.match(ORDER_LIST)?.[0];
    if (list) {
      for (const id of list.match(ORDER_ID) ?? []) out.push({ text: part, orderId: id, listed: true });
    } else out.push({ text: part });
  }
  return out;
}

/**
 * Requests of a message, in order, when it holds two or more distinct ones; a single request
 * (or none) returns an empty list so the caller keeps its usual path. A part without an order
 * number is about the message's only order ("return the t-shirt from #W5, and an invoice for it").
 */
export function splitRequests(text: string): SplitRequest[] {
  const parts = partsOf(text);
  if (parts.length < 2) return [];
  const allIds = new Set([...text.matchAll(ORDER_ID)].map((m) => m[0].replace(/^#/, "").toUpperCase()));
  const onlyOrder = allIds.size === 1 ? text.match(ORDER_ID)?.[0] : undefined;
  const out: SplitRequest[] = [];
  let carried: DialogFlow | undefined;
  for (const part of parts) {
    const own = flowByKeywords(part.text);
    const flow = own ?? (part.listed ? carried : undefined);
    const orderId = part.orderId ?? orderOf(part.text, flow);
    if (own) carried = own;
    if (!flow) {
      // "… and W2 too": an order id alone repeats the previous request for another order.
      const prev = out.at(-1);
      const id = orderId ? `#${orderId.replace(/^#/, "").toUpperCase()}` : undefined;
      if (prev && id && prev.orderId && prev.orderId !== id) out.push({ ...prev, text: part.text, orderId: id });
      continue;
    }
    const typed = orderId ?? onlyOrder;
    const id = typed ? `#${typed.replace(/^#/, "").toUpperCase()}` : undefined;
    out.push({ flow, text: part.text, ...(id ? { orderId: id } : {}) });
  }
  const distinct = new Set(out.map((r) => `${r.flow}|${(r.orderId ?? "").replace(/^#/, "").toUpperCase()}`));
  return distinct.size >= 2 ? out : [];
}
