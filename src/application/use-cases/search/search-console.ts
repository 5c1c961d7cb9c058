import { searchTerms } from "../../../domain/search/search-terms.js";
import { customerDisplayName } from "../../../domain/shop/customer.js";
import type { Store } from "../../ports/store.js";

/** At most this many words of a query are looked up (each is one more index probe). */
const MAX_QUERY_TERMS = 12;
const SNIPPET = 160;

export interface ConsoleSearchResult {
  conversations: {
    conversationId: string;
    status: string;
    customerName?: string;
    messageSeq: number;
    author: string;
    snippet: string;
    createdAt: string;
  }[];
  customers: { id: string; name: string; email: string }[];
  orders: { id: string; customerId: string; status: string; customerName?: string }[];
}

/**
 * One search box for the console: conversations by message words (through the blind index, so
 * bodies stay encrypted at rest), customers by name/email/phone, orders by number.
 */
export async function searchConsole(store: Store, query: string, limit: number): Promise<ConsoleSearchResult> {
  const terms = searchTerms(query).slice(0, MAX_QUERY_TERMS);
  const [messages, customers, orders] = await Promise.all([
    store.messages.search(terms, limit * 4),
    store.customers.list({ query, offset: 0, limit }),
    store.orders.list({ query, offset: 0, limit }),
  ]);
  // One row per conversation: its newest matching message.
  const firstHit = new Map<string, (typeof messages)[number]>();
  for (const m of messages) if (!firstHit.has(m.conversationId)) firstHit.set(m.conversationId, m);
  const names = new Map<string, string>();
  const nameOf = async (customerId: string | undefined) => {
    if (!customerId) return undefined;
    if (!names.has(customerId)) {
      const c = await store.customers.get(customerId);
      if (c) names.set(customerId, customerDisplayName(c));
    }
    return names.get(customerId);
  };
  const conversations: ConsoleSearchResult["conversations"] = [];
  for (const m of [...firstHit.values()].slice(0, limit)) {
    const c = await store.conversations.get(m.conversationId);
    if (!c) continue;
    conversations.push({
      conversationId: c.id,
      status: c.status,
      customerName: await nameOf(c.verifiedCustomerId),
      messageSeq: m.seq,
      author: m.author,
      snippet: m.text.length > SNIPPET ? `${m.text.slice(0, SNIPPET)}…` : m.text,
      createdAt: m.createdAt,
    });
  }
  return {
    conversations,
    customers: customers.items.map((c) => ({ id: c.id, name: customerDisplayName(c), email: c.email })),
    orders: await Promise.all(
      orders.items.map(async (o) => ({
        id: o.id,
        customerId: o.customerId,
        status: o.status,
        customerName: await nameOf(o.customerId),
      })),
    ),
  };
}
