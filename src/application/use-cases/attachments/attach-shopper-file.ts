import { sniffAttachmentType } from "../../../domain/attachments/sniff-attachment-type.js";
import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { AttachmentStore, StoredAttachment } from "../../ports/attachment-store.js";
import type { ConversationDeps } from "../conversations/conversation-deps.js";
import { events, publishAll, requireConversation } from "../conversations/conversation-helpers.js";

export interface AttachShopperFileInput {
  conversationId: string;
  filename: string;
  content: Uint8Array;
  /** Makes a retried upload land as one message. */
  clientMessageId: string;
}

/** What a message's payload.attachments holds: enough to show a thumbnail or a file chip. */
export function attachmentRef(meta: StoredAttachment): Omit<StoredAttachment, "conversationId"> {
  return { id: meta.id, filename: meta.filename, contentType: meta.contentType, size: meta.size };
}

/**
 * Stores a shopper's photo or PDF and posts it in the conversation as their message. The size is
 * capped and the type judged by content (magic bytes); the bot does not answer a bare file, the
 * agent sees it in the console.
 */
export async function attachShopperFile(
  deps: ConversationDeps & { attachments: AttachmentStore; maxBytes: number },
  input: AttachShopperFileInput,
): Promise<{ attachment: StoredAttachment; message: Message }> {
  if (input.content.byteLength > deps.maxBytes) {
    throw new KefuError("ATTACHMENT_TOO_LARGE", `Attachments can be up to ${deps.maxBytes} bytes`, {
      details: { maxBytes: deps.maxBytes, size: input.content.byteLength },
    });
  }
  const contentType = sniffAttachmentType(input.content);
  if (!contentType) {
    throw new KefuError("ATTACHMENT_TYPE_NOT_ALLOWED", "Attach a photo (JPEG, PNG, WebP, GIF) or a PDF");
  }
  await requireConversation(deps.store, input.conversationId);
  const attachment = await deps.attachments.put({
    filename: input.filename,
    contentType,
    content: input.content,
    conversationId: input.conversationId,
  });
  return deps.locks.run(input.conversationId, async () => {
    const { message, duplicate, conversation } = await deps.store.transaction(async (tx) => {
      const before = await requireConversation(tx, input.conversationId);
      const appended = await tx.messages.append({
        conversationId: input.conversationId,
        author: "customer",
        text: "",
        payload: { attachments: [attachmentRef(attachment)] },
        clientMessageId: input.clientMessageId,
      });
      if (appended.duplicate) return { ...appended, conversation: before };
      const next = { ...before, updatedAt: appended.message.createdAt, lastSeq: appended.message.seq };
      await tx.conversations.update(next);
      return { ...appended, conversation: next };
    });
    if (!duplicate) {
      await publishAll(deps.eventBus, deps.logger, [events.message(message), events.conversation(conversation)]);
    }
    return { attachment, message };
  });
}
