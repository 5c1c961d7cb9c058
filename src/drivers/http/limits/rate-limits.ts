import type { LimitRule } from "../../../application/ports/rate-limiter.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";

/** Every abuse limit of the HTTP and WebSocket API. */
export interface RateLimits {
  /** Login attempts per client address. */
  login: LimitRule;
  /** Failed logins per account; the next attempt inside the window is refused (lockout). */
  loginAccount: LimitRule;
  /** Widget conversations opened per client address. */
  conversations: LimitRule;
  /** Shopper messages per conversation (one widget token), over HTTP and WebSocket together. */
  messages: LimitRule;
  /** Hand-offs to a human triggered per client address. */
  handoffs: LimitRule;
  /** Socket connections opened per token. */
  socketOpens: LimitRule;
  /** Sockets open at once per widget token on one server. */
  socketsPerToken: number;
}

const MINUTE = 60_000;

/** Generous for people, tight for scripts; tests and deployments override them. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { max: 10, windowMs: MINUTE },
  loginAccount: { max: 5, windowMs: 15 * MINUTE },
  conversations: { max: 60, windowMs: 10 * MINUTE },
  messages: { max: 30, windowMs: MINUTE },
  handoffs: { max: 10, windowMs: 10 * MINUTE },
  socketOpens: { max: 30, windowMs: MINUTE },
  socketsPerToken: 5,
};

/** The defaults with any set override applied. */
export function resolveRateLimits(overrides: Partial<RateLimits> = {}): RateLimits {
  return {
    login: overrides.login ?? DEFAULT_RATE_LIMITS.login,
    loginAccount: overrides.loginAccount ?? DEFAULT_RATE_LIMITS.loginAccount,
    conversations: overrides.conversations ?? DEFAULT_RATE_LIMITS.conversations,
    messages: overrides.messages ?? DEFAULT_RATE_LIMITS.messages,
    handoffs: overrides.handoffs ?? DEFAULT_RATE_LIMITS.handoffs,
    socketOpens: overrides.socketOpens ?? DEFAULT_RATE_LIMITS.socketOpens,
    socketsPerToken: overrides.socketsPerToken ?? DEFAULT_RATE_LIMITS.socketsPerToken,
  };
}

/** Parses "max/seconds" (e.g. "10/60"), naming the variable when it is malformed. */
export function parseLimitRule(text: string, name: string): LimitRule {
  const match = /^\s*(\d{1,7})\s*\/\s*(\d{1,7})\s*$/.exec(text);
  const max = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || max < 1 || seconds < 1) {
    throw new KefuError("VALIDATION_FAILED", `${name} must look like "max/seconds", e.g. "10/60" (got "${text}")`);
  }
  return { max, windowMs: seconds * 1000 };
}

/** The error every limit throws: 429 with Retry-After (seconds) in the header and details. */
export function rateLimited(message: string, retryAfterMs: number): KefuError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new KefuError("RATE_LIMITED", message, { details: { retryAfterSeconds } });
}
