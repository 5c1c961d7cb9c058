import type { Store } from "../../../application/ports/store.js";
import type { ConversationStatus } from "../../../domain/conversation/conversation.js";
import { type AbuseLimits, checkLimit, enforceLimit } from "./abuse-limits.js";

/**
 * Runs a shopper's message under the message and hand-off limits. Messages count per
 * conversation (one widget token), over HTTP and WebSocket alike. A hand-off counts against the
 * client address that triggered it; a client over its hand-off budget cannot post to
 * conversations the bot still holds (where a message could open another hand-off) until the
 * window passes.
 */
export async function withShopperTurnLimits<T extends { status: ConversationStatus; statusBefore: ConversationStatus }>(
  deps: { store: Store; limits: AbuseLimits },
  input: { conversationId: string; clientIp: string },
  run: () => Promise<T>,
): Promise<T> {
  const { limiter, rules } = deps.limits;
  await enforceLimit(
    limiter,
    `messages:${input.conversationId}`,
    rules.messages,
    "Too many messages in this conversation; slow down",
  );
  const handoffKey = `handoffs:${input.clientIp}`;
  // The budget first (in memory or one Redis read): the conversation's status is read only for a
  // client already over it, so an ordinary turn costs no extra query.
  const overBudget = await checkLimit(
    limiter,
    handoffKey,
    rules.handoffs,
    "Too many hand-off requests from this client; try again later",
  ).then(
    () => undefined,
    (refusal: unknown) => refusal,
  );
  if (overBudget && (await deps.store.conversations.statusOf(input.conversationId)) === "bot") throw overBudget;
  const result = await run();
  // What the turn found and what it committed: a hand-off this message caused, not a later takeover.
  if (result.statusBefore === "bot" && result.status !== "bot" && result.status !== "resolved") {
    await limiter.hit(handoffKey, rules.handoffs);
  }
  return result;
}
