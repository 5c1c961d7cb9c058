import { join } from "node:path";
import { createLocalAttachmentStore } from "../../infrastructure/attachments/local-attachment-store.js";
import { createS3AttachmentStore } from "../../infrastructure/attachments/s3-attachment-store.js";
import type { KefuConfig } from "../config/load-config.js";
import type { AttachmentSettings } from "./app-deps.js";
import { DEFAULT_ATTACHMENT_MAX_BYTES } from "./build-app.js";

/** The attachment store the configuration asks for: an S3-compatible bucket, else files in the data dir. */
export function attachmentSettings(config: KefuConfig): AttachmentSettings {
  const s3 = config.attachments?.s3;
  const store = s3
    ? createS3AttachmentStore({ ...s3, forcePathStyle: s3.endpoint !== undefined })
    : createLocalAttachmentStore(join(config.dataDir, "attachments"));
  return { store, maxBytes: config.attachments?.maxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES };
}
