/** Metadata of a stored file; the bytes live behind the store under an unguessable id. */
export interface StoredAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** Where attachments (email files, shopper photos) are kept: local disk by default. */
export interface AttachmentStore {
  put(file: { filename: string; contentType: string; content: Uint8Array }): Promise<StoredAttachment>;
  get(id: string): Promise<{ meta: StoredAttachment; content: Uint8Array } | undefined>;
}
