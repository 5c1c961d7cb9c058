import { createHash } from "node:crypto";
import { type AddressObject, simpleParser } from "mailparser";
import type { IncomingEmail } from "../../application/ports/email-sender.js";
import { bareMessageId } from "../../domain/channels/email-subject.js";

function firstAddress(from: AddressObject | AddressObject[] | undefined): string | undefined {
  const list = Array.isArray(from) ? from : from ? [from] : [];
  for (const group of list) for (const entry of group.value) if (entry.address) return entry.address.toLowerCase();
  return undefined;
}

function idList(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : value.split(/\s+/)).map(bareMessageId).filter((id) => id.length > 0);
}

/** Parses raw RFC 5322 bytes; undefined when there is no usable sender. */
export async function parseInboundEmail(raw: Buffer): Promise<IncomingEmail | undefined> {
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true });
  const from = firstAddress(mail.from);
  if (!from) return undefined;
  const messageId = mail.messageId
    ? bareMessageId(mail.messageId)
    : `sha256-${createHash("sha256").update(raw).digest("hex").slice(0, 32)}@kefu.invalid`;
  const inReplyTo = idList(mail.inReplyTo)[0];
  return {
    messageId,
    ...(inReplyTo ? { inReplyTo } : {}),
    references: idList(mail.references),
    from,
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    attachments: mail.attachments
      .filter((a) => a.contentDisposition !== "inline" || !a.related)
      .map((a) => ({
        filename: a.filename ?? "attachment",
        contentType: a.contentType,
        content: new Uint8Array(a.content),
      })),
  };
}
