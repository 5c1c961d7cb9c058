import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Signature of a WeChat callback: SHA-1 over the sorted, concatenated parts (token, timestamp, nonce[, encrypted]). */
export function wechatSignature(parts: readonly string[]): string {
  return createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");
}

/** Constant-time check of a hex signature. */
export function signatureMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The 32-byte AES key from the 43-character EncodingAESKey set in the WeChat console. */
export function aesKeyFrom(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) throw new Error("EncodingAESKey must be 43 characters of base64");
  return key;
}

const BLOCK = 32;

function pad(data: Buffer): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

function unpad(data: Buffer): Buffer {
  const n = data[data.length - 1] ?? 0;
  if (n < 1 || n > BLOCK || n > data.length) throw new Error("bad padding");
  return data.subarray(0, data.length - n);
}

/**
 * Safe-mode message encryption: AES-256-CBC (IV = first 16 key bytes) over
 * 16 random bytes + 4-byte big-endian length + message + appId, PKCS#7 padded to 32 bytes.
 */
export function encryptWechatMessage(key: Buffer, appId: string, message: string, random = randomBytes(16)): string {
  const body = Buffer.from(message, "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = pad(Buffer.concat([random, length, body, Buffer.from(appId, "utf8")]));
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString("base64");
}

/** Decrypts a safe-mode message and checks it was meant for `appId`; throws on any mismatch. */
export function decryptWechatMessage(key: Buffer, appId: string, encrypted: string): string {
  const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = unpad(Buffer.concat([decipher.update(Buffer.from(encrypted, "base64")), decipher.final()]));
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new Error("bad message length");
  const message = plain.subarray(20, 20 + length).toString("utf8");
  const to = plain.subarray(20 + length).toString("utf8");
  if (to !== appId) throw new Error("message is for another app");
  return message;
}
