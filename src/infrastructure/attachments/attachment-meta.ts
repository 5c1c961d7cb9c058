import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { NewAttachment, StoredAttachment } from "../../application/ports/attachment-store.js";

/** What every store keeps beside the bytes. */
export const AttachmentMeta = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  conversationId: z.string().optional(),
});

/** Ids are 128 random bits: a URL to a file can never be guessed. */
export const ATTACHMENT_ID = /^att_[A-Za-z0-9_-]{22}$/;

export function newAttachmentId(): string {
  return `att_${randomBytes(16).toString("base64url")}`;
}

/** A display name without path separators or control characters. */
export function safeFilename(name: string): string {
  const cleaned = [...name].map((ch) =>
    ch.charCodeAt(0) < 0x20 || ch === "\u007f" || ch === "/" || ch === "\\" ? "_" : ch,
  );
  return cleaned.join("").slice(0, 200) || "attachment";
}

/** The metadata a store records for a new file. */
export function metaFor(file: NewAttachment): StoredAttachment {
  return {
    id: newAttachmentId(),
    filename: safeFilename(file.filename),
    contentType: file.contentType.slice(0, 100),
    size: file.content.byteLength,
    ...(file.conversationId ? { conversationId: file.conversationId } : {}),
  };
}
