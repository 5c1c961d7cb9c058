import type { Conversation } from "../conversation/conversation.js";
import type { Handoff } from "../conversation/handoff.js";
import type { Message } from "../conversation/message.js";
import { zonedDayKey } from "../followups/zoned-time.js";
import { secondsBetween } from "./statistics.js";

/** How fast a human answered one handoff. */
export interface HumanResponse {
  handoffId: string;
  /** The agent whose message answered, else the handoff's assignee. */
  agentId: string | undefined;
  seconds: number;
}

/** Everything the service metrics need to know about one conversation. */
export interface ConversationFacts {
  conversation: Conversation;
  /** Day the conversation started, in the report's time zone. */
  day: string;
  /** First bot-or-agent reply after the first customer message. */
  firstResponseSeconds: number | undefined;
  resolved: boolean;
  resolutionSeconds: number | undefined;
  handedOff: boolean;
  /** Resolved without ever reaching a human. */
  contained: boolean;
  handoffs: Handoff[];
  humanResponses: HumanResponse[];
  /** Agent id -> messages that agent wrote here (internal notes excluded). */
  agentMessages: Map<string, number>;
}

/** Derives the per-conversation facts from its stored messages and handoffs. */
export function conversationFacts(
  conversation: Conversation,
  messages: readonly Message[],
  handoffs: readonly Handoff[],
  timeZone: string,
): ConversationFacts {
  const ordered = [...messages].sort((a, b) => a.seq - b.seq);
  const firstCustomer = ordered.find((m) => m.author === "customer");
  const firstReply = firstCustomer
    ? ordered.find((m) => m.seq > firstCustomer.seq && (m.author === "bot" || m.author === "agent"))
    : undefined;
  const firstResponseSeconds =
    firstCustomer && firstReply
      ? Math.max(0, secondsBetween(firstCustomer.createdAt, firstReply.createdAt))
      : undefined;

  const sortedHandoffs = [...handoffs].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const agentReplies = ordered.filter((m) => m.author === "agent");
  const humanResponses: HumanResponse[] = [];
  for (const handoff of sortedHandoffs) {
    const answer = agentReplies.find((m) => Date.parse(m.createdAt) >= Date.parse(handoff.createdAt));
    if (!answer) continue;
    humanResponses.push({
      handoffId: handoff.id,
      agentId: answer.authorId ?? handoff.assigneeId,
      seconds: Math.max(0, secondsBetween(handoff.createdAt, answer.createdAt)),
    });
  }

  const agentMessages = new Map<string, number>();
  for (const m of agentReplies) {
    const id = m.authorId ?? conversation.assigneeId;
    if (id) agentMessages.set(id, (agentMessages.get(id) ?? 0) + 1);
  }

  const resolved = conversation.status === "resolved";
  const resolutionSeconds =
    resolved && conversation.resolvedAt
      ? Math.max(0, secondsBetween(conversation.createdAt, conversation.resolvedAt))
      : undefined;
  // A conversation a human owns, waits for or wrote in counts as handed off even without a ticket row.
  const handedOff =
    sortedHandoffs.length > 0 ||
    agentReplies.length > 0 ||
    conversation.status === "waiting_agent" ||
    conversation.status === "agent";
  return {
    conversation,
    day: zonedDayKey(conversation.createdAt, timeZone),
    firstResponseSeconds,
    resolved,
    resolutionSeconds,
    handedOff,
    contained: resolved && !handedOff,
    handoffs: sortedHandoffs,
    humanResponses,
    agentMessages,
  };
}
