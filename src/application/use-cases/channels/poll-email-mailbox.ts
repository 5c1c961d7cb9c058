import { z } from "zod";
import type { Clock } from "../../ports/clock.js";
import { type InboundMailbox, MailboxError } from "../../ports/inbound-mailbox.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";

/** Settings key of the IMAP poller's state: its cursor and the status the admin page shows. */
export const IMAP_STATE_KEY = "channel.email.imap-state";

/** Longest wait between polls while the server keeps failing. */
const MAX_BACKOFF_MS = 30 * 60_000;

/** A poll marked running for longer than this is taken to have died with its server. */
const STALE_POLL_MS = 10 * 60_000;

export const ImapPollState = z.object({
  /** user@host/folder: the cursor is only good for the mailbox it was read from. */
  mailbox: z.string(),
  uidValidity: z.string().optional(),
  lastUid: z.number().int().nonnegative().optional(),
  lastPollAt: z.string().optional(),
  lastSuccessAt: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorCode: z.string().optional(),
  /** Set while a poll runs, so a slow poll is not overlapped by the next one (cleared when it ends). */
  pollingSince: z.string().optional(),
  /** Failed polls in a row; drives the backoff. */
  failures: z.number().int().nonnegative().default(0),
});
export type ImapPollState = z.infer<typeof ImapPollState>;

export interface PollMailboxDeps {
  store: Pick<Store, "settings">;
  clock: Clock;
  logger: Logger;
}

export async function readImapPollState(
  store: Pick<Store, "settings">,
  mailbox?: string,
): Promise<ImapPollState | undefined> {
  const parsed = ImapPollState.safeParse(await store.settings.get(IMAP_STATE_KEY));
  if (!parsed.success) return undefined;
  return mailbox === undefined || parsed.data.mailbox === mailbox ? parsed.data : undefined;
}

/**
 * Whether a poll is due: every pollSeconds, doubling per failure in a row up to 30 minutes; at once when IDLE
 * announced new mail (`pushed`) and the mailbox is healthy. Never while another poll runs.
 */
export function isPollDue(state: ImapPollState | undefined, pollSeconds: number, now: Date, pushed = false): boolean {
  if (state?.pollingSince && now.getTime() - Date.parse(state.pollingSince) < STALE_POLL_MS) return false;
  if (!state?.lastPollAt || (pushed && state.failures === 0)) return true;
  const wait = Math.min(pollSeconds * 1000 * 2 ** Math.min(state.failures, 10), MAX_BACKOFF_MS);
  return now.getTime() - Date.parse(state.lastPollAt) >= Math.max(wait, pollSeconds * 1000);
}

/**
 * Polls the mailbox once: every new unseen message goes to `take` (the same inbound path as the SMTP
 * ingress), then the cursor and status are saved. Never throws: the failure lands in the status.
 */
export async function pollEmailMailbox(
  deps: PollMailboxDeps,
  mailboxId: string,
  mailbox: InboundMailbox,
  take: (raw: Buffer) => Promise<void>,
): Promise<ImapPollState> {
  const before = await readImapPollState(deps.store, mailboxId);
  const cursor =
    before?.uidValidity !== undefined && before.lastUid !== undefined
      ? { uidValidity: before.uidValidity, lastUid: before.lastUid }
      : undefined;
  const lastPollAt = deps.clock.nowIso();
  await deps.store.settings.set(IMAP_STATE_KEY, {
    ...(before ?? { mailbox: mailboxId, failures: 0 }),
    pollingSince: lastPollAt,
  });
  let state: ImapPollState;
  try {
    const drained = await mailbox.drain(cursor, take);
    state = {
      mailbox: mailboxId,
      ...drained.cursor,
      lastPollAt,
      lastSuccessAt: lastPollAt,
      failures: 0,
      ...(drained.firstFailure ? { lastError: `A message could not be stored: ${drained.firstFailure}` } : {}),
    };
    if (drained.taken > 0 || drained.firstFailure) {
      deps.logger.info({ taken: drained.taken, failure: drained.firstFailure }, "IMAP mailbox polled");
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { pollingSince: _running, ...previous } = before ?? { mailbox: mailboxId };
    state = {
      ...previous,
      lastPollAt,
      lastError: message,
      lastErrorCode: error instanceof MailboxError ? error.code : "protocol",
      failures: (before?.failures ?? 0) + 1,
    };
    deps.logger.warn({ error: message, failures: state.failures }, "IMAP mailbox poll failed");
  }
  await deps.store.settings.set(IMAP_STATE_KEY, state);
  return state;
}
