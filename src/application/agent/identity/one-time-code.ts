import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { render } from "../../../domain/dialog/templates.js";
import type { IdentitySettings } from "../../../domain/identity/identity-settings.js";
import type { Locale } from "../../../domain/locale.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Clock } from "../../ports/clock.js";
import type { CodeSender } from "../../ports/code-sender.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { IdentityChallenge } from "../../ports/identity-repositories.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";

export interface CodeDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  codeSender?: CodeSender;
}

/** A six-digit code typed on its own ("123456", "123 456"). */
export function typedCode(text: string): string | undefined {
  const compact = text.normalize("NFKC").replace(/[\s-]/g, "");
  return /^\d{6}$/.test(compact) ? compact : undefined;
}

/** Codes are kept only as a hash bound to their challenge. */
export const hashCode = (challengeId: string, code: string): string =>
  createHash("sha256").update(`${challengeId}:${code}`).digest("hex");

/** A challenge still waiting for its code. */
export function isOpen(c: IdentityChallenge, nowMs: number, maxAttempts: number): boolean {
  return c.consumedAt === null && Date.parse(c.expiresAt) > nowMs && c.attempts < maxAttempts;
}

/**
 * Creates a challenge for the customer (or for nobody, when the details matched no account, so the
 * reply and the wrong-code path are the same) and sends the code to the contact on file. A recent
 * challenge is reused instead of sending another (resend throttling).
 */
export async function issueCode(
  deps: CodeDeps,
  input: {
    conversationId: string;
    customer: Customer | undefined;
    channel: "email" | "sms";
    locale: Locale;
    settings: IdentitySettings["otp"];
  },
): Promise<void> {
  const { store, clock, settings } = { ...deps, settings: input.settings };
  const now = clock.now().getTime();
  const recent = (c: IdentityChallenge | undefined) =>
    c !== undefined && c.consumedAt === null && now - Date.parse(c.createdAt) < settings.resendSeconds * 1000;
  if (recent(await store.identity.latestChallenge(input.conversationId))) return;
  if (input.customer && recent(await store.identity.latestChallengeForCustomer(input.customer.id))) return;
  const id = deps.ids.next("otp");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await store.identity.createChallenge({
    id,
    conversationId: input.conversationId,
    customerId: input.customer?.id ?? null,
    channel: input.channel,
    codeHash: hashCode(id, code),
    attempts: 0,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + settings.ttlMinutes * 60_000).toISOString(),
    consumedAt: null,
  });
  const to = input.channel === "email" ? input.customer?.email : input.customer?.phone;
  if (!to || !deps.codeSender) return;
  const vars = { code, minutes: settings.ttlMinutes };
  const message = {
    channel: input.channel,
    to,
    subject: render("otp_subject", input.locale),
    text: render("otp_message", input.locale, vars),
  };
  // Not awaited: a reply that waited for SMTP would tell, by its delay, that the account exists.
  deps.codeSender.send(message, settings).catch((err: unknown) => {
    deps.logger.warn({ err, conversationId: input.conversationId, channel: input.channel }, "one-time code not sent");
  });
}

export type CodeCheck =
  | { result: "none" }
  | { result: "expired" }
  | { result: "wrong"; challenge: IdentityChallenge; exhausted: boolean }
  | { result: "ok"; challenge: IdentityChallenge; customerId: string };

/** Checks a typed code against the conversation's newest challenge, counting the attempt. */
export async function checkCode(
  deps: CodeDeps,
  conversationId: string,
  code: string,
  settings: IdentitySettings["otp"],
): Promise<CodeCheck> {
  const challenge = await deps.store.identity.latestChallenge(conversationId);
  if (!challenge || challenge.consumedAt !== null) return { result: "none" };
  const now = deps.clock.now().getTime();
  if (!isOpen(challenge, now, settings.maxAttempts)) return { result: "expired" };
  const expected = Buffer.from(challenge.codeHash, "hex");
  const given = Buffer.from(hashCode(challenge.id, code), "hex");
  const matches = expected.length === given.length && timingSafeEqual(expected, given);
  if (matches && challenge.customerId) {
    await deps.store.identity.consume(challenge.id, new Date(now).toISOString());
    return { result: "ok", challenge, customerId: challenge.customerId };
  }
  const attempts = await deps.store.identity.addAttempt(challenge.id);
  return { result: "wrong", challenge, exhausted: attempts >= settings.maxAttempts };
}
