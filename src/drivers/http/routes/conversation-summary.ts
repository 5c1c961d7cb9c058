import type { Store } from "../../../application/ports/store.js";
import { activeHandoff } from "../../../application/use-cases/conversations/conversation-helpers.js";
import type { Conversation } from "../../../domain/conversation/conversation.js";
import { customerDisplayName } from "../../../domain/shop/customer.js";

/** One row of the console's conversation list: the latest message, the open handoff, how long it waits. */
export async function conversationSummary(store: Store, c: Conversation, now: Date) {
  const [last, handoffs, customer] = await Promise.all([
    c.lastSeq > 0 ? store.messages.listSince(c.id, c.lastSeq - 1, 1) : Promise.resolve([]),
    store.handoffs.listByConversation(c.id),
    c.verifiedCustomerId ? store.customers.get(c.verifiedCustomerId) : Promise.resolve(undefined),
  ]);
  const handoff = activeHandoff(handoffs);
  const waitingSince = handoff?.status === "open" ? handoff.createdAt : undefined;
  return {
    id: c.id,
    channel: c.channel,
    status: c.status,
    locale: c.locale,
    verifiedCustomerId: c.verifiedCustomerId,
    /** A human label for the queue instead of the shop's raw user id. */
    customerName: customer ? customerDisplayName(customer) : undefined,
    assigneeId: c.assigneeId,
    csat: c.csat,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastMessage: last[0],
    handoff,
    waitingSeconds: waitingSince ? Math.max(0, Math.round((now.getTime() - Date.parse(waitingSince)) / 1000)) : 0,
    priority: handoff?.priority ?? 0,
  };
}
