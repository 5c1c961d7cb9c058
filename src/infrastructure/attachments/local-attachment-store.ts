import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AttachmentStore } from "../../application/ports/attachment-store.js";
import { parseJson } from "../../domain/parse-json.js";
import { ATTACHMENT_ID, AttachmentMeta, metaFor } from "./attachment-meta.js";

/** Files under `<dir>/<random id>` (mode 600) with a JSON sidecar; ids are 128-bit random, never guessable. */
export function createLocalAttachmentStore(dir: string): AttachmentStore {
  return {
    async put(file) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const meta = metaFor(file);
      await writeFile(join(dir, meta.id), file.content, { mode: 0o600 });
      await writeFile(join(dir, `${meta.id}.json`), JSON.stringify(meta), { mode: 0o600 });
      return meta;
    },
    async get(id) {
      if (!ATTACHMENT_ID.test(id)) return undefined;
      try {
        const meta = parseJson(AttachmentMeta, await readFile(join(dir, `${id}.json`), "utf8"), "attachment meta");
        return { meta, content: new Uint8Array(await readFile(join(dir, id))) };
      } catch {
        return undefined;
      }
    },
  };
}
