import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { AttachmentStore, StoredAttachment } from "../../application/ports/attachment-store.js";
import { parseJson } from "../../domain/parse-json.js";

const Meta = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number() });
const ID = /^att_[A-Za-z0-9_-]{22}$/;

/** A display name without path separators or control characters. */
function safeFilename(name: string): string {
  const cleaned = [...name].map((ch) =>
    ch.charCodeAt(0) < 0x20 || ch === "\u007f" || ch === "/" || ch === "\\" ? "_" : ch,
  );
  return cleaned.join("").slice(0, 200) || "attachment";
}

/** Files under `<dir>/<random id>` (mode 600) with a JSON sidecar; ids are 128-bit random, never guessable. */
export function createLocalAttachmentStore(dir: string): AttachmentStore {
  return {
    async put(file) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const id = `att_${randomBytes(16).toString("base64url")}`;
      const meta: StoredAttachment = {
        id,
        filename: safeFilename(file.filename),
        contentType: file.contentType.slice(0, 100),
        size: file.content.byteLength,
      };
      await writeFile(join(dir, id), file.content, { mode: 0o600 });
      await writeFile(join(dir, `${id}.json`), JSON.stringify(meta), { mode: 0o600 });
      return meta;
    },
    async get(id) {
      if (!ID.test(id)) return undefined;
      try {
        const meta = parseJson(Meta, await readFile(join(dir, `${id}.json`), "utf8"), "attachment meta");
        return { meta, content: new Uint8Array(await readFile(join(dir, id))) };
      } catch {
        return undefined;
      }
    },
  };
}
