import { guessLocale } from "../../../domain/channels/email-body.js";
import { threadAncestors } from "../../../domain/channels/email-subject.js";
import { stripQuotedReply } from "../../../domain/channels/strip-quoted-reply.js";
import type { IncomingEmail } from "../../ports/email-sender.js";
import { openConversation } from "../conversations/open-conversation.js";
import { postCustomerMessage } from "../conversations/post-customer-message.js";
import { scheduleChannelSend } from "./channel-deps.js";
import { EMAIL_SEND_JOB, type EmailChannelDeps } from "./email-channel-deps.js";

/** How many message ids a thread remembers for References. */
const MAX_REFERENCES = 20;

/** Where an inbound email went: its conversation, and whether it was new or a re-delivery. */
export interface ReceivedEmail {
  conversationId: string;
  newConversation: boolean;
  duplicate: boolean;
}

/** The conversation a reply belongs to: a known ancestor id, from the same sender; else none. */
async function existingThread(deps: EmailChannelDeps, email: IncomingEmail): Promise<string | undefined> {
  const ids = threadAncestors(email.inReplyTo, email.references);
  const conversationId = await deps.store.channelThreads.findConversation("email", ids);
  if (!conversationId) return undefined;
  const thread = await deps.store.channelThreads.get(conversationId);
  // Message-IDs travel in the open: only the thread's own shopper may continue it.
  return thread?.contact === email.from ? conversationId : undefined;
}

/**
 * Takes one inbound email into Kefu: finds its conversation by In-Reply-To/References (or opens one),
 * keeps attachments, strips the quoted original and posts the rest as the shopper's message, exactly
 * like a widget message (stored, acknowledged, answered by the bot or waiting for an agent). Re-delivery
 * of the same Message-ID changes nothing.
 */
export async function receiveEmail(deps: EmailChannelDeps, email: IncomingEmail): Promise<ReceivedEmail> {
  const known = await deps.store.channelThreads.findConversation("email", [email.messageId]);
  if (known) return { conversationId: known, newConversation: false, duplicate: true };
  const text = stripQuotedReply(email.text);
  let conversationId = await existingThread(deps, email);
  const newConversation = conversationId === undefined;
  if (!conversationId) {
    const opened = await openConversation(deps, { channel: "email", locale: guessLocale(text || email.subject) });
    conversationId = opened.conversation.id;
    // The widget greeting is not emailed: the first reply answers the shopper's email directly.
    await deps.store.channelThreads.create({
      conversationId,
      channel: "email",
      contact: email.from,
      subject: email.subject.slice(0, 500),
      lastSentSeq: opened.conversation.lastSeq,
      references: [],
      createdAt: deps.clock.nowIso(),
    });
  }
  const stored = [];
  for (const file of email.attachments) stored.push(await deps.attachments.put(file));
  const thread = await deps.store.channelThreads.get(conversationId);
  if (thread) {
    await deps.store.channelThreads.update({
      ...thread,
      lastInboundId: email.messageId,
      references: [...thread.references, email.messageId].slice(-MAX_REFERENCES),
    });
  }
  const body = text || (stored.length > 0 ? stored.map((a) => `[${a.filename}]`).join(" ") : email.subject.trim());
  const posted = await postCustomerMessage(deps, {
    conversationId,
    text: (body || "(empty email)").slice(0, 4000),
    clientMessageId: `email:${email.messageId}`,
    payload: stored.length > 0 ? { attachments: stored } : {},
  });
  // Linked last: a crash before this point lets the mail server's retry deliver it again, idempotently.
  await deps.store.channelThreads.link("email", email.messageId, conversationId);
  const lastSeq = posted.replies.at(-1)?.seq ?? posted.message.seq;
  if (posted.replies.length > 0) await scheduleChannelSend(deps, EMAIL_SEND_JOB, conversationId, lastSeq);
  return { conversationId, newConversation, duplicate: posted.duplicate };
}
