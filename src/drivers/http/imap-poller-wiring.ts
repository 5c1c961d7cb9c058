import type { JobQueue } from "../../application/ports/job-queue.js";
import {
  isPollDue,
  pollEmailMailbox,
  readImapPollState,
} from "../../application/use-cases/channels/poll-email-mailbox.js";
import { imapMailboxId } from "../../domain/channels/channel-connection.js";
import { createImapflowMailbox } from "../../infrastructure/channels/imapflow-mailbox.js";
import type { ChannelSettingsSource } from "./channel-settings.js";
import type { ServerRuntime } from "./create-server.js";

/** Job type of one poll of the connected IMAP mailbox. */
export const IMAP_POLL_JOB = "email.imap-poll";

/** How often the server checks whether a poll is due (the poll interval itself is the connection's). */
const TICK_MS = 5_000;

/**
 * Polls the email channel's IMAP mailbox when one is connected. Each poll is a job keyed by its time slot,
 * so with several servers on one database (or one Redis) the dedupe key lets exactly one of them poll.
 */
export function startImapPoller(
  runtime: ServerRuntime,
  queue: Pick<JobQueue, "handle" | "schedule">,
  settings: ChannelSettingsSource,
  take: (raw: Buffer) => Promise<void>,
): () => void {
  const imapSettings = async () => (await settings.email())?.imap;
  queue.handle(IMAP_POLL_JOB, async () => {
    // Read again: the admin may have disconnected or changed the mailbox since the job was queued.
    const imap = await imapSettings();
    if (!imap) return;
    // Another server's job of a neighbouring slot may be polling right now.
    const state = await readImapPollState(runtime.store, imapMailboxId(imap));
    if (!isPollDue(state, imap.pollSeconds, runtime.clock.now())) return;
    await pollEmailMailbox(runtime, imapMailboxId(imap), createImapflowMailbox(imap), take);
  });
  let ticking = false;
  const tick = async () => {
    const imap = await imapSettings();
    if (!imap) return;
    const now = runtime.clock.now();
    if (!isPollDue(await readImapPollState(runtime.store, imapMailboxId(imap)), imap.pollSeconds, now)) return;
    const slot = Math.floor(now.getTime() / (imap.pollSeconds * 1000));
    await queue.schedule({
      type: IMAP_POLL_JOB,
      payload: {},
      runAt: now.toISOString(),
      dedupeKey: `imap-poll:${imapMailboxId(imap)}:${slot}`,
    });
  };
  const timer = setInterval(() => {
    if (ticking) return;
    ticking = true;
    tick()
      .catch((error: unknown) =>
        runtime.logger.warn({ error: error instanceof Error ? error.message : String(error) }, "IMAP poll not queued"),
      )
      .finally(() => {
        ticking = false;
      });
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
