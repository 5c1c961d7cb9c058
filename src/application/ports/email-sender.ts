/** An email Kefu sends on a conversation's behalf. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Message-ID to use, without angle brackets, so the reply's In-Reply-To maps back to the conversation. */
  messageId: string;
  inReplyTo?: string;
  references: readonly string[];
}

/** Sends mail (SMTP by default); throws on failure so the job queue retries. */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<void>;
  /** The support address replies come from; its domain names the Message-IDs Kefu makes. */
  fromAddress(): Promise<string>;
  /** Checks that the mail server takes these credentials (on connect); throws with its answer otherwise. */
  verify(): Promise<void>;
}

/** An inbound email, parsed. */
export interface IncomingEmail {
  /** Message-ID without angle brackets; made up from a hash when the sender gave none. */
  messageId: string;
  inReplyTo?: string;
  references: readonly string[];
  /** The sender's address, lower-cased. */
  from: string;
  subject: string;
  /** Plain-text body (HTML converted by the parser). */
  text: string;
  attachments: readonly { filename: string; contentType: string; content: Uint8Array }[];
}
