import type { AttachmentStore, StoredAttachment } from "../../application/ports/attachment-store.js";
import { metaFor } from "./attachment-meta.js";

/** Attachments in a map, for tests and throwaway servers. */
export function createMemoryAttachmentStore(): AttachmentStore {
  const files = new Map<string, { meta: StoredAttachment; content: Uint8Array }>();
  return {
    async put(file) {
      const meta = metaFor(file);
      files.set(meta.id, { meta, content: new Uint8Array(file.content) });
      return meta;
    },
    async get(id) {
      const hit = files.get(id);
      return hit ? { meta: { ...hit.meta }, content: new Uint8Array(hit.content) } : undefined;
    },
  };
}
