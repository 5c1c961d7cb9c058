import { z } from "zod";

/** Which facts typed in the chat prove who a shopper is. */
export const KnowledgeRule = z.enum([
  /** Default: two independent facts: email, phone or name + zip, together with an order number of theirs; or name + zip + email/phone. */
  "two_facts",
  /** τ²-bench retail: the email alone, or name + zip, locates the user. */
  "tau2",
]);
export type KnowledgeRule = z.infer<typeof KnowledgeRule>;

const Minutes = z.number().int().min(1).max(1440);

/** Signed identity from the shop's own site: a JWT (HS256) naming the customer, signed with `secret`. */
export const SignedIdentitySettings = z
  .object({
    enabled: z.boolean().default(false),
    /** The per-shop signing secret (base64url, 32 random bytes); generated and rotated by Kefu. */
    secret: z.string().min(32).max(200).optional(),
    /** Tokens whose `exp` lies further ahead than this are refused, so a leaked token dies soon. */
    maxLifetimeMinutes: Minutes.default(60),
  })
  .strict();

/** One-time codes sent to the email or phone on file. */
export const OtpSettings = z
  .object({
    enabled: z.boolean().default(false),
    ttlMinutes: z.number().int().min(1).max(60).default(10),
    maxAttempts: z.number().int().min(1).max(10).default(5),
    resendSeconds: z.number().int().min(10).max(3600).default(60),
    /** smtp://user:pass@host:port or smtps://…; emails are not sent without it. */
    smtpUrl: z.string().url().max(500).optional(),
    mailFrom: z.string().min(3).max(200).optional(),
    /** Receives a signed POST {to, text} per SMS; SMS codes are not sent without it. */
    smsWebhookUrl: z.string().url().max(500).optional(),
    smsWebhookSecret: z.string().min(16).max(200).optional(),
  })
  .strict();

/** Knowledge factors typed in the chat. */
export const KnowledgeSettings = z
  .object({
    enabled: z.boolean().default(true),
    rule: KnowledgeRule.default("two_facts"),
  })
  .strict();

/** Failed verifications counted per customer and per client across conversations. */
export const LockoutSettings = z
  .object({
    /** Failures against one customer (or one email/phone/name+zip) before it locks. */
    maxFailures: z.number().int().min(1).max(100).default(5),
    /** Failures from one client (IP address, conversation) before it locks; higher since clients may share an IP. */
    maxClientFailures: z.number().int().min(1).max(1000).default(10),
    windowMinutes: Minutes.default(15),
  })
  .strict();

/** How the shop verifies shoppers; the admin chooses, the defaults are safe. */
export const IdentitySettings = z
  .object({
    signed: SignedIdentitySettings.default({ enabled: false, maxLifetimeMinutes: 60 }),
    otp: OtpSettings.default({ enabled: false, ttlMinutes: 10, maxAttempts: 5, resendSeconds: 60 }),
    knowledge: KnowledgeSettings.default({ enabled: true, rule: "two_facts" }),
    lockout: LockoutSettings.default({ maxFailures: 5, maxClientFailures: 10, windowMinutes: 15 }),
  })
  .strict();
export type IdentitySettings = z.infer<typeof IdentitySettings>;
export type IdentitySettingsInput = z.input<typeof IdentitySettings>;

/** The settings key the identity policy is stored under. */
export const IDENTITY_SETTINGS_KEY = "identity";

/** Safe defaults: two knowledge facts, no OTP or signed identity until the admin configures them. */
export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = IdentitySettings.parse({});

/** The stored settings, or the defaults when none (or an unreadable document) is stored. */
export function readIdentitySettings(stored: unknown): IdentitySettings {
  const parsed = IdentitySettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_IDENTITY_SETTINGS;
}
