import { flowByKeywords } from "./flow-keywords.js";
import type { DialogFlow } from "./flow-specs.js";

/** One request of a message that holds several ("cancel W1 and return the shirt from W2"). */
export interface SplitRequest {
  flow: DialogFlow;
  text: string;
  orderId?: string;
}

const SEPARATORS =
  /\s*(?:[;；。\n]|,?\s*\b(?:and also|and then|also|then|plus|after that|and)\b\s+(?=(?:i\s+)?(?:also\s+)?(?:want|would|need|cancel|return|exchange|change|track|where|check|get|send|swap|modify|update|please|can|could))|另外|还有|然后|再帮我|并且|同时)\s*/i;

const ORDER_ID = /#?\b[Ww]\d{7}\b/;

/**
 * Requests of a message, in order, when it holds two or more distinct ones; a single request
 * (or none) returns an empty list so the caller keeps its usual path.
 */
export function splitRequests(text: string): SplitRequest[] {
  const parts = text.split(SEPARATORS).filter((p) => p.trim().length > 1);
  if (parts.length < 2) return [];
  const out: SplitRequest[] = [];
  for (const part of parts) {
    const flow = flowByKeywords(part);
    const orderId = part.match(ORDER_ID)?.[0];
    if (!flow) {
      // "… and W2 too": an order id alone repeats the previous request for another order.
      const prev = out.at(-1);
      if (prev && orderId && prev.orderId && prev.orderId !== orderId)
        out.push({ ...prev, text: part.trim(), orderId });
      continue;
    }
    out.push({ flow, text: part.trim(), ...(orderId ? { orderId } : {}) });
  }
  const distinct = new Set(out.map((r) => `${r.flow}|${r.orderId ?? ""}`));
  return distinct.size >= 2 ? out : [];
}
