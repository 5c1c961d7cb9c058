import type { IdentitySettings } from "../../domain/identity/identity-settings.js";

/** A one-time code to deliver; `text` is the whole message in the shopper's language. */
export interface CodeMessage {
  channel: "email" | "sms";
  to: string;
  subject: string;
  text: string;
}

/** Delivers one-time codes by email (SMTP) or SMS (webhook), configured by the identity settings. */
export interface CodeSender {
  send(message: CodeMessage, settings: IdentitySettings["otp"]): Promise<void>;
}
