import type { Message } from "../conversation/message.js";
import { ratio } from "./statistics.js";

/** How follow-ups (回访) did in a period: how many went out and how many shoppers answered. */
export interface FollowupFigures {
  /** Follow-up messages posted in the period. */
  sent: number;
  /** Of those, how many got a shopper message (or a rating) afterwards in the same conversation. */
  answered: number;
  answerRate: number;
  /** Ratings given in conversations that a follow-up opened. */
  csatCount: number;
  csatAverage: number | null;
}

/** A bot message is a follow-up when send-followup marked its explanation. */
export function isFollowupMessage(m: Message): boolean {
  return m.author === "bot" && typeof m.explanation?.followup === "string";
}

/**
 * Follow-up figures from the stored messages of [since, until) plus the replies after them, and
 * the ratings of conversations the follow-ups opened (`rated`: conversation id -> rating).
 */
export function followupFigures(
  messages: readonly Message[],
  period: { since: string; until: string },
  rated: ReadonlyMap<string, number>,
): FollowupFigures {
  const sent = messages.filter(
    (m) => isFollowupMessage(m) && m.createdAt >= period.since && m.createdAt < period.until,
  );
  // Last shopper message per conversation, so each follow-up is checked in constant time.
  const lastCustomerSeq = new Map<string, number>();
  for (const m of messages) {
    if (m.author === "customer")
      lastCustomerSeq.set(m.conversationId, Math.max(m.seq, lastCustomerSeq.get(m.conversationId) ?? 0));
  }
  const answered = sent.filter(
    (f) => rated.has(f.conversationId) || (lastCustomerSeq.get(f.conversationId) ?? 0) > f.seq,
  ).length;
  const ratings = [...rated.values()];
  return {
    sent: sent.length,
    answered,
    answerRate: ratio(answered, sent.length),
    csatCount: ratings.length,
    csatAverage: ratings.length === 0 ? null : ratings.reduce((s, r) => s + r, 0) / ratings.length,
  };
}
