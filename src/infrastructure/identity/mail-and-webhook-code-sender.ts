import { createHmac } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { CodeMessage, CodeSender } from "../../application/ports/code-sender.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { IdentitySettings } from "../../domain/identity/identity-settings.js";

type OtpSettings = IdentitySettings["otp"];

/** Header carrying `sha256=<hex HMAC of "<timestamp>.<body>">` on SMS webhook calls. */
export const SMS_SIGNATURE_HEADER = "x-kefu-signature";
export const SMS_TIMESTAMP_HEADER = "x-kefu-timestamp";

/** The signature an SMS webhook receiver recomputes to trust a call. */
export function smsSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * Sends codes by email through SMTP (nodemailer, one pooled transport per SMTP URL) and by SMS
 * through the shop's webhook (a signed JSON POST), both as configured in the identity settings.
 */
export function createCodeSender(options: { fetch?: typeof fetch; timeoutMs?: number } = {}): CodeSender {
  const transports = new Map<string, Transporter>();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const post = options.fetch ?? fetch;

  function transportFor(url: string): Transporter {
    let t = transports.get(url);
    if (!t) {
      t = nodemailer.createTransport(url);
      if (transports.size > 8) transports.clear();
      transports.set(url, t);
    }
    return t;
  }

  async function email(message: CodeMessage, settings: OtpSettings): Promise<void> {
    if (!settings.smtpUrl) throw new KefuError("VALIDATION_FAILED", "no SMTP URL is configured for one-time codes");
    await transportFor(settings.smtpUrl).sendMail({
      from: settings.mailFrom ?? "no-reply@localhost",
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }

  async function sms(message: CodeMessage, settings: OtpSettings): Promise<void> {
    if (!settings.smsWebhookUrl || !settings.smsWebhookSecret) {
      throw new KefuError("VALIDATION_FAILED", "no SMS webhook is configured for one-time codes");
    }
    const body = JSON.stringify({ to: message.to, text: message.text });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await post(settings.smsWebhookUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [SMS_TIMESTAMP_HEADER]: timestamp,
        [SMS_SIGNATURE_HEADER]: smsSignature(settings.smsWebhookSecret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new KefuError("INTERNAL", `SMS webhook answered ${res.status}`);
  }

  return {
    send: (message, settings) => (message.channel === "email" ? email(message, settings) : sms(message, settings)),
  };
}
