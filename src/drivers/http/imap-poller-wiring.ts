import type { MailboxWatch } from "../../application/ports/inbound-mailbox.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import {
  isPollDue,
  pollEmailMailbox,
  readImapPollState,
} from "../../application/use-cases/channels/poll-email-mailbox.js";
import { type ImapMailboxSettings, imapMailboxId } from "../../domain/channels/channel-connection.js";
import { createImapflowMailbox } from "../../infrastructure/channels/imapflow-mailbox.js";
import type { ChannelSettingsSource } from "./channel-settings.js";
import type { ServerRuntime } from "./create-server.js";

/** Job type of one poll of the connected IMAP mailbox. */
export const IMAP_POLL_JOB = "email.imap-poll";

/** How often the server checks whether a poll is due (the poll interval itself is the connection's). */
const TICK_MS = 5_000;

/** Least time between two attempts to open the IDLE connection. */
const WATCH_RETRY_MS = 60_000;

/** Pushed polls of one message count within this window share a job. */
const PUSH_WINDOW_MS = 10_000;

/**
 * Polls the email channel's IMAP mailbox when one is connected, and keeps an IDLE connection so new mail is
 * fetched at once where the server supports IDLE. Each poll is a job keyed by its time slot (or by the
 * announced message count), so with several servers on one database or Redis exactly one of them polls.
 */
export function startImapPoller(
  runtime: ServerRuntime,
  queue: Pick<JobQueue, "handle" | "schedule">,
  settings: ChannelSettingsSource,
  take: (raw: Buffer) => Promise<void>,
): () => Promise<void> {
  const imapSettings = async () => (await settings.email())?.imap;
  const warn = (what: string) => (error: unknown) =>
    runtime.logger.warn({ error: error instanceof Error ? error.message : String(error) }, what);

  queue.handle(IMAP_POLL_JOB, async (payload) => {
    // Read again: the admin may have disconnected or changed the mailbox since the job was queued.
    const imap = await imapSettings();
    if (!imap) return;
    // Another server's job of a neighbouring slot may be polling right now.
    const state = await readImapPollState(runtime.store, imapMailboxId(imap));
    if (!isPollDue(state, imap.pollSeconds, runtime.clock.now(), payload.pushed === true)) return;
    await pollEmailMailbox(runtime, imapMailboxId(imap), createImapflowMailbox(imap), take);
  });

  let watching: { id: string; watch: MailboxWatch } | undefined;
  let watchTriedAt = 0;
  const stopWatching = async () => {
    const current = watching;
    watching = undefined;
    await current?.watch.close();
  };
  async function keepWatching(imap: ImapMailboxSettings | undefined, healthy: boolean) {
    const id = imap && imapMailboxId(imap);
    if (watching && watching.id !== id) await stopWatching();
    const now = runtime.clock.now().getTime();
    if (!imap || !id || watching || !healthy || now - watchTriedAt < WATCH_RETRY_MS) return;
    watchTriedAt = now;
    const watch = await createImapflowMailbox(imap).watch((count) => {
      const at = runtime.clock.now();
      queue
        .schedule({
          type: IMAP_POLL_JOB,
          payload: { pushed: true },
          runAt: at.toISOString(),
          dedupeKey: `imap-poll:${id}:push:${count}:${Math.floor(at.getTime() / PUSH_WINDOW_MS)}`,
        })
        .catch(warn("IMAP push poll not queued"));
    });
    // No IDLE on this server: the interval polls are all there is.
    if (!watch) return;
    watching = { id, watch };
    void watch.closed.then(() => {
      if (watching?.watch === watch) watching = undefined;
    });
  }

  const tick = async () => {
    const imap = await imapSettings();
    const state = imap && (await readImapPollState(runtime.store, imapMailboxId(imap)));
    await keepWatching(imap, (state?.failures ?? 0) === 0).catch(warn("IMAP IDLE connection failed"));
    if (!imap) return;
    const now = runtime.clock.now();
    if (!isPollDue(state, imap.pollSeconds, now)) return;
    const slot = Math.floor(now.getTime() / (imap.pollSeconds * 1000));
    await queue.schedule({
      type: IMAP_POLL_JOB,
      payload: {},
      runAt: now.toISOString(),
      dedupeKey: `imap-poll:${imapMailboxId(imap)}:${slot}`,
    });
  };
  let ticking: Promise<void> | undefined;
  const timer = setInterval(() => {
    ticking ??= tick()
      .catch(warn("IMAP poll not queued"))
      .finally(() => {
        ticking = undefined;
      });
  }, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await ticking;
    await stopWatching();
  };
}
