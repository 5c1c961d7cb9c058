import { createHash } from "node:crypto";
import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { IdentityFacts } from "../../../domain/identity/identity-facts.js";

/** Facts are hashed before they become counter keys: the failures table holds no email or phone. */
const hashed = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(`${kind}\u0000${value}`).digest("hex").slice(0, 40)}`;

export const customerKey = (customerId: string): string => `customer:${customerId}`;

/** The conversation state key the HTTP layer puts the client (hashed IP) under when it opens a chat. */
export const CLIENT_STATE_KEY = "identityClient";

/** One key per fact the shopper tried, whether or not an account has it. */
export function factKeys(f: IdentityFacts): string[] {
  const keys: string[] = [];
  if (f.email) keys.push(hashed("email", f.email.trim().toLowerCase()));
  const phone = (f.phone ?? "").replace(/\D/g, "");
  if (phone.length >= 7) keys.push(hashed("phone", phone.slice(-10)));
  if (f.firstName && f.lastName && f.zip) {
    const names = [f.firstName, f.lastName].map((n) => n.trim().toLowerCase()).sort();
    keys.push(hashed("name", `${names.join(" ")}|${f.zip.trim()}`));
  }
  return keys;
}

/** The clients a conversation's attempts count against: the conversation, and the IP it was opened from. */
export function clientKeys(conversation: Conversation): string[] {
  const keys = [`conversation:${conversation.id}`];
  const client = conversation.state[CLIENT_STATE_KEY];
  if (typeof client === "string" && client.length > 0) keys.push(`client:${client.slice(0, 80)}`);
  return keys;
}
