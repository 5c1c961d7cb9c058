import { ImapFlow, type MailboxObject } from "imapflow";
import {
  type InboundMailbox,
  type MailboxCursor,
  type MailboxDrain,
  MailboxError,
  type MailboxWatch,
} from "../../application/ports/inbound-mailbox.js";
import type { ImapMailboxSettings } from "../../domain/channels/channel-connection.js";

/** Socket-level failures that mean the server could not be reached at all. */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "ECONNRESET",
  "CONNECT_TIMEOUT",
  "GREETING_TIMEOUT",
  "UPGRADE_TIMEOUT",
  "ETIMEOUT",
  "NoConnection",
  "EConnectionClosed",
  "ClosedAfterConnectText",
  "ClosedAfterConnectTLS",
]);

interface ImapErrorShape {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
  message?: string;
}

const detailOf = (error: unknown) => {
  const e = (error ?? {}) as ImapErrorShape;
  return e.responseText || e.message || String(error);
};

/** Sorts imapflow's failures into the few an admin can act on. */
function connectFailure(settings: ImapMailboxSettings, error: unknown): MailboxError {
  const e = (error ?? {}) as ImapErrorShape;
  if (e.authenticationFailed) {
    return new MailboxError(
      "auth_failed",
      `The IMAP server refused the login for ${settings.user}: check the user name and the password (Gmail and Exmail need an app password).`,
      { cause: error },
    );
  }
  if (e.code && UNREACHABLE.has(e.code)) {
    return new MailboxError(
      "unreachable",
      `Could not reach the IMAP server at ${settings.host}:${settings.port} (${e.code}): check the host, the port and TLS.`,
      { cause: error },
    );
  }
  return new MailboxError("protocol", `The IMAP server failed: ${detailOf(error)}`, { cause: error });
}

/** IDLE is restarted this often: servers drop an IDLE left alone for 30 minutes (RFC 2177). */
const IDLE_RESTART_MS = 5 * 60_000;

function clientFor(settings: ImapMailboxSettings): ImapFlow {
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    // Kefu polls on its own schedule; an idle connection is not kept between polls.
    disableAutoIdle: true,
    maxIdleTime: IDLE_RESTART_MS,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 120_000,
  });
  // A dropped socket is reported through the pending command; this keeps it from becoming an unhandled event.
  client.on("error", () => undefined);
  return client;
}

async function openSession(settings: ImapMailboxSettings): Promise<{ client: ImapFlow; mailbox: MailboxObject }> {
  const client = clientFor(settings);
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw connectFailure(settings, error);
  }
  try {
    const mailbox = await client.mailboxOpen(settings.folder);
    return { client, mailbox };
  } catch (error) {
    await client.logout().catch(() => client.close());
    const e = (error ?? {}) as ImapErrorShape;
    if (e.code && UNREACHABLE.has(e.code)) throw connectFailure(settings, error);
    throw new MailboxError(
      "folder_missing",
      `The folder "${settings.folder}" could not be opened in ${settings.user}'s mailbox: ${detailOf(error)}`,
      { cause: error },
    );
  }
}

/**
 * Reads a hosted mailbox by IMAP: unseen messages with a UID above the cursor, one at a time, each marked
 * \Seen (or moved) only once `take` has stored it, so a crash in between offers the message again.
 */
export function createImapflowMailbox(settings: ImapMailboxSettings): InboundMailbox {
  return {
    async verify() {
      const { client } = await openSession(settings);
      await client.logout().catch(() => client.close());
    },
    async watch(onNew): Promise<MailboxWatch | undefined> {
      const { client } = await openSession(settings);
      if (!client.capabilities.has("IDLE")) {
        await client.logout().catch(() => client.close());
        return undefined;
      }
      client.on("exists", (event: { count: number }) => onNew(event.count));
      const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
      // idle() returns when IDLE is broken off (maxIdleTime, a command, the end of the connection).
      void (async () => {
        while (client.usable) {
          await client.idle().catch(() => client.close());
          // A pause so a server that ends IDLE at once cannot spin this loop.
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      })();
      return {
        closed,
        async close() {
          await client.logout().catch(() => client.close());
          await closed;
        },
      };
    },
    async drain(cursor, take): Promise<MailboxDrain> {
      const { client, mailbox } = await openSession(settings);
      try {
        const uidValidity = mailbox.uidValidity.toString();
        // A new UIDVALIDITY renumbers the folder: start over on unseen mail; Message-ID dedupe drops repeats.
        const since = cursor?.uidValidity === uidValidity ? cursor.lastUid : 0;
        const query = since > 0 ? { seen: false, uid: `${since + 1}:*` } : { seen: false };
        const found = (await client.search(query, { uid: true })) || [];
        // "N:*" also matches the highest UID when it is below N.
        const uids = found.filter((uid) => uid > since).sort((a, b) => a - b);
        const next: MailboxCursor = { uidValidity, lastUid: since };
        let taken = 0;
        let firstFailure: string | undefined;
        for (const uid of uids) {
          const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
          if (message === false || !message.source) continue;
          try {
            await take(message.source);
          } catch (error) {
            firstFailure ??= `UID ${uid}: ${error instanceof Error ? error.message : String(error)}`;
            continue;
          }
          if (settings.processedFolder) await client.messageMove(String(uid), settings.processedFolder, { uid: true });
          else await client.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
          taken++;
          // The cursor stops before the first failure so that message is searched for again.
          if (firstFailure === undefined) next.lastUid = uid;
        }
        return { cursor: next, taken, ...(firstFailure ? { firstFailure } : {}) };
      } catch (error) {
        throw error instanceof MailboxError ? error : connectFailure(settings, error);
      } finally {
        await client.logout().catch(() => client.close());
      }
    },
  };
}
