import { z } from "zod";

/** What Kefu asks the shop platform to do for an after-sales request. */
export const PlatformWriteOp = z.enum(["cancel", "update_address", "refund", "modify_items", "exchange"]);
export type PlatformWriteOp = z.infer<typeof PlatformWriteOp>;

/**
 * The write-through state of a request on a platform-backed order, kept in the request's details:
 * pending until the platform answers; the mirror changes only once it is done.
 */
export const PlatformWrite = z.object({
  op: PlatformWriteOp,
  state: z.enum(["pending", "done", "refused", "failed"]),
  /** Attempts made so far (at most PLATFORM_WRITE_MAX_ATTEMPTS). */
  attempts: z.number().int().nonnegative(),
  /** When the next attempt is due, while pending. */
  nextAttemptAt: z.string().datetime().optional(),
  /** The platform's message for the last failure or the refusal. */
  lastError: z.string().optional(),
  /** The platform's id of what it created (a refund, an exchange return, a replacement order). */
  platformRef: z.string().optional(),
  /** After an item change or exchange: the platform line item now holding each swapped unit, when known. */
  lineItemIds: z.array(z.string()).optional(),
  updatedAt: z.string().datetime(),
});
export type PlatformWrite = z.infer<typeof PlatformWrite>;

/** The job type that performs one attempt of a platform write. */
export const PLATFORM_WRITE_JOB = "platform.write";

/** A write still unavailable after this many attempts is handed to a human. */
export const PLATFORM_WRITE_MAX_ATTEMPTS = 6;

/** Delay before attempt `next` (2-based): max(Retry-After, 30 s · 2^(n−1)) where n is the attempts made. */
export function platformRetryDelayMs(attemptsMade: number, retryAfterMs: number | undefined): number {
  return Math.max(retryAfterMs ?? 0, 30_000 * 2 ** Math.max(0, attemptsMade - 1));
}

/** The platform write recorded in a request's details, if any. */
export function platformWriteOf(details: Record<string, unknown>): PlatformWrite | undefined {
  const parsed = PlatformWrite.safeParse(details.platformWrite);
  return parsed.success ? parsed.data : undefined;
}
