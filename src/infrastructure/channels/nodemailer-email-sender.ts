import nodemailer from "nodemailer";
import type { EmailSender } from "../../application/ports/email-sender.js";

/** Sends through SMTP with nodemailer; `smtpUrl` like smtp://user:pass@mail.example:587 or smtps://…:465. */
export function createNodemailerEmailSender(options: {
  smtpUrl: string;
  from: string;
  fromName?: string;
}): EmailSender {
  const transport = nodemailer.createTransport(options.smtpUrl);
  const from = options.fromName ? { name: options.fromName, address: options.from } : options.from;
  return {
    fromAddress: async () => options.from,
    async verify() {
      await transport.verify();
    },
    async send(email) {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<${email.messageId}>`,
        ...(email.inReplyTo ? { inReplyTo: `<${email.inReplyTo}>` } : {}),
        references: email.references.map((id) => `<${id}>`),
      });
    },
  };
}
