/** Metadata of a stored file; the bytes live behind the store under an unguessable id. */
export interface StoredAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  /** The conversation the file was attached in; its shopper may read it. Unset: staff only. */
  conversationId?: string;
}

export interface NewAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
  conversationId?: string;
}

/** Where attachments (email files, shopper photos) are kept: local disk by default, memory in tests, S3 when configured. */
export interface AttachmentStore {
  put(file: NewAttachment): Promise<StoredAttachment>;
  get(id: string): Promise<{ meta: StoredAttachment; content: Uint8Array } | undefined>;
}
