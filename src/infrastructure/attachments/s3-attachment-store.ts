import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { AttachmentStore } from "../../application/ports/attachment-store.js";
import { parseJson } from "../../domain/parse-json.js";
import { ATTACHMENT_ID, AttachmentMeta, metaFor } from "./attachment-meta.js";

export interface S3AttachmentOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, R2, OSS…); AWS itself when unset. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** bucket in the path instead of the host name: what most S3-compatible servers expect. */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket. */
  prefix: string;
}

/** Metadata headers are ASCII only, so the JSON (a filename may be Chinese) travels base64url-encoded. */
const META_KEY = "kefu-meta";

/** Attachments as private objects in an S3-compatible bucket (official AWS SDK), metadata on the object. */
export function createS3AttachmentStore(options: S3AttachmentOptions, client?: S3Client): AttachmentStore {
  const s3 =
    client ??
    new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.accessKeyId && options.secretAccessKey
        ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
        : {}),
      // Plain signed PUTs: S3-compatible servers do not all accept the SDK's default streaming checksums.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  const key = (id: string) => `${options.prefix}${id}`;
  return {
    async put(file) {
      const meta = metaFor(file);
      await s3.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: key(meta.id),
          Body: file.content,
          ContentType: "application/octet-stream",
          Metadata: { [META_KEY]: Buffer.from(JSON.stringify(meta)).toString("base64url") },
        }),
      );
      return meta;
    },
    async get(id) {
      if (!ATTACHMENT_ID.test(id)) return undefined;
      try {
        const res = await s3.send(new GetObjectCommand({ Bucket: options.bucket, Key: key(id) }));
        const encoded = res.Metadata?.[META_KEY];
        if (!encoded || !res.Body) return undefined;
        const meta = parseJson(AttachmentMeta, Buffer.from(encoded, "base64url").toString("utf8"), "attachment meta");
        return { meta, content: await res.Body.transformToByteArray() };
      } catch (err) {
        if (err instanceof NoSuchKey || (err instanceof Error && err.name === "NoSuchKey")) return undefined;
        throw err;
      }
    },
  };
}
