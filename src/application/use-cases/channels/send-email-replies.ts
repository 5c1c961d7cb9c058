import { composeEmailBody, type OutgoingPart } from "../../../domain/channels/email-body.js";
import { replySubject } from "../../../domain/channels/email-subject.js";
import { QuickReply } from "../../../domain/conversation/message.js";
import { requireConversation } from "../conversations/conversation-helpers.js";
import type { EmailChannelDeps } from "./email-channel-deps.js";

const SUBJECT_FALLBACK = { en: "Your request", zh: "您的咨询" } as const;

/** Quick-reply labels of a message payload, when it has valid ones. */
function choicesOf(payload: Record<string, unknown>): string[] {
  const parsed = QuickReply.array().safeParse(payload.quickReplies);
  return parsed.success ? parsed.data.map((q) => q.label) : [];
}

/**
 * Emails the bot and agent messages written since the last email, as one reply in the thread
 * (In-Reply-To the shopper's last email). Internal notes never leave. Returns how many messages went out.
 * A failed send throws, so the job queue retries; the cursor moves only after a send succeeded.
 */
export async function sendEmailReplies(deps: EmailChannelDeps, conversationId: string): Promise<number> {
  const thread = await deps.store.channelThreads.get(conversationId);
  if (thread?.channel !== "email") return 0;
  const conversation = await requireConversation(deps.store, conversationId);
  const pending = await deps.store.messages.listSince(conversationId, thread.lastSentSeq, 200);
  if (pending.length === 0) return 0;
  const lastSeq = pending.at(-1)?.seq ?? thread.lastSentSeq;
  const outgoing = pending.filter((m) => m.author === "bot" || m.author === "agent");
  if (outgoing.length === 0) {
    await deps.store.channelThreads.update({ ...thread, lastSentSeq: lastSeq });
    return 0;
  }
  const parts: OutgoingPart[] = outgoing.map((m) => ({ text: m.text, choices: choicesOf(m.payload) }));
  const domain = (await deps.sender.fromAddress()).split("@")[1] ?? "kefu.local";
  const messageId = `${deps.ids.next("eml")}@${domain}`;
  await deps.sender.send({
    to: thread.contact,
    subject: replySubject(thread.subject, SUBJECT_FALLBACK[conversation.locale]),
    text: composeEmailBody(parts, conversation.locale),
    messageId,
    ...(thread.lastInboundId ? { inReplyTo: thread.lastInboundId } : {}),
    references: thread.references,
  });
  await deps.store.channelThreads.link("email", messageId, conversationId);
  await deps.store.channelThreads.update({
    ...thread,
    lastSentSeq: lastSeq,
    references: [...thread.references, messageId].slice(-20),
  });
  return outgoing.length;
}
