/** Where a poll of a mailbox stopped: IMAP UIDs only mean something within one UIDVALIDITY. */
export interface MailboxCursor {
  uidValidity: string;
  /** Every message up to this UID has been taken (or was already seen). */
  lastUid: number;
}

/** What one pass over the mailbox did. */
export interface MailboxDrain {
  cursor: MailboxCursor;
  taken: number;
  /** The first message that could not be taken; it stays unseen and is offered again next time. */
  firstFailure?: string;
}

/** Why a mailbox could not be read: each has its own sentence for the admin. */
export type MailboxFailure = "auth_failed" | "unreachable" | "folder_missing" | "protocol";

/** A mailbox Kefu reads (IMAP): new unseen messages in UID order, each marked only after `take` resolves. */
export interface InboundMailbox {
  /** Logs in and opens the folder, then logs out; throws a MailboxError on failure. */
  verify(): Promise<void>;
  /** Offers each new unseen message to `take`; a message whose take throws is left unseen. */
  drain(cursor: MailboxCursor | undefined, take: (raw: Buffer) => Promise<void>): Promise<MailboxDrain>;
  /**
   * Keeps a connection open in IDLE and calls `onNew` with the folder's message count when mail arrives;
   * undefined when the server has no IDLE.
   * `closed` settles when the connection ends, however it ends.
   */
  watch(onNew: (count: number) => void): Promise<MailboxWatch | undefined>;
}

/** An open IDLE connection. */
export interface MailboxWatch {
  closed: Promise<void>;
  close(): Promise<void>;
}

/** A mailbox failure with its code and a sentence an admin can act on. */
export class MailboxError extends Error {
  constructor(
    readonly code: MailboxFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MailboxError";
  }
}
