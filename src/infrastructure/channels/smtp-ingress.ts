import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { IncomingEmail } from "../../application/ports/email-sender.js";
import type { Logger } from "../../application/ports/logger.js";
import { parseInboundEmail } from "./parse-inbound-email.js";

export interface SmtpIngressOptions {
  host: string;
  port: number;
  /** Whether mail for this recipient address is taken (the current inboxes); others are refused at RCPT TO. */
  accepts: (address: string) => Promise<boolean>;
  /** Largest message accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  logger: Logger;
  /** Takes one parsed email; a throw makes the sending server retry later (SMTP 451). */
  onEmail: (email: IncomingEmail) => Promise<void>;
}

/**
 * A small SMTP server that receives the shop's support mail (point an MX record or a forwarding rule at it).
 * It accepts mail only for the configured inboxes and answers only after the message is stored, so a
 * crash before that makes the sender's server deliver again.
 */
export async function startSmtpIngress(options: SmtpIngressOptions): Promise<{ port: number; close(): Promise<void> }> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: maxBytes,
    banner: "Kefu mail ingress",
    logger: false,
    onRcptTo(address, _session, callback) {
      const refused = () => callback(Object.assign(new Error("No such inbox here"), { responseCode: 550 }));
      options.accepts(address.address).then(
        (ok) => (ok ? callback() : refused()),
        // The settings could not be read: a temporary failure, so the sender tries again.
        () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })),
      );
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        }
        parseInboundEmail(Buffer.concat(chunks))
          .then(async (email) => {
            if (!email) throw Object.assign(new Error("No sender address"), { responseCode: 550 });
            await options.onEmail(email);
            callback();
          })
          .catch((error: unknown) => {
            const code = (error as { responseCode?: number }).responseCode ?? 451;
            options.logger.warn(
              { error: error instanceof Error ? error.message : String(error) },
              "inbound email refused",
            );
            callback(Object.assign(new Error(code === 451 ? "Try again later" : "Refused"), { responseCode: code }));
          });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
