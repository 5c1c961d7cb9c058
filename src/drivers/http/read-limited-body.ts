import type { IncomingMessage } from "node:http";
import { KefuError } from "../../domain/errors/kefu-error.js";

/** Reads a raw body into memory, stopping with ATTACHMENT_TOO_LARGE as soon as it passes `maxBytes`. */
export async function readLimitedBody(stream: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new KefuError("ATTACHMENT_TOO_LARGE", `Attachments can be up to ${maxBytes} bytes`, { details: { maxBytes } });
  const declared = Number(stream.headers["content-length"] ?? Number.NaN);
  if (declared > maxBytes) {
    stream.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buf.length;
    if (size > maxBytes) {
      stream.resume();
      throw tooLarge();
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
