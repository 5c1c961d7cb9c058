import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomFillSync } from "node:crypto";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { boundedMemo } from "./bounded-memo.js";

/** Version tag of the ciphertext format: `enc1:<key id>:<base64url(nonce | ciphertext | tag)>`. */
const PREFIX = "enc1:";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** Blind-index hashes each key keeps (about 100 bytes each): a shop's working vocabulary. */
const BLIND_INDEX_MEMO_SIZE = 20_000;

/** One data key as configured: 32 random bytes. */
export interface DataKey {
  id: string;
  /** The configured 32 bytes; only HKDF-derived subkeys ever touch data. */
  secret: Buffer;
}

interface DerivedKey {
  id: string;
  encryption: Buffer;
  blindIndex: Buffer;
}

/** Stable short id of a key, so configuring the same key twice never changes ids. */
export function dataKeyId(secret: Buffer): string {
  return createHash("sha256").update("kefu data key id\0").update(secret).digest("hex").slice(0, 8);
}

export function dataKey(secret: Buffer): DataKey {
  if (secret.length !== KEY_BYTES) {
    throw new KefuError("DATA_KEY_INVALID", `a data key must be ${KEY_BYTES} bytes (base64), got ${secret.length}`);
  }
  return { id: dataKeyId(secret), secret };
}

/** Separate subkeys per use: a blind index never reveals anything about the encryption key. */
function derive(key: DataKey): DerivedKey {
  const sub = (info: string) => Buffer.from(hkdfSync("sha256", key.secret, Buffer.alloc(0), info, KEY_BYTES));
  return { id: key.id, encryption: sub("kefu field encryption v1"), blindIndex: sub("kefu blind index v1") };
}

/** Nonces come from a pool of CSPRNG bytes refilled in one call: each slice is used once, never reused. */
const NONCE_POOL_SIZE = NONCE_BYTES * 1024;
let noncePool = Buffer.alloc(0);
let noncePoolAt = NONCE_POOL_SIZE;

function nextNonce(): Buffer {
  if (noncePoolAt + NONCE_BYTES > noncePool.length) {
    noncePool = randomFillSync(Buffer.alloc(NONCE_POOL_SIZE));
    noncePoolAt = 0;
  }
  const nonce = noncePool.subarray(noncePoolAt, noncePoolAt + NONCE_BYTES);
  noncePoolAt += NONCE_BYTES;
  return nonce;
}

function invalid(message: string): KefuError {
  return new KefuError("DATA_KEY_INVALID", message);
}

/**
 * AES-256-GCM with a random 96-bit nonce per value and the row context as additional data;
 * blind indexes are HMAC-SHA256 (128 bits kept) under a separately derived key.
 */
export function createAesGcmFieldCipher(keys: readonly DataKey[]): FieldCipher {
  const [current] = keys;
  if (!current) throw invalid("no data key configured");
  const derived = new Map(keys.map((k) => [k.id, derive(k)]));
  const currentDerived = derive(current);
  // Blind indexes are deterministic and the same words recur in every chat: each key memoises its
  // hashes ("purpose\0value" -> hash), which spares an HMAC per word of every stored message.
  const blindHasher = (key: DerivedKey) =>
    boundedMemo(BLIND_INDEX_MEMO_SIZE, (input) =>
      createHmac("sha256", key.blindIndex).update(input).digest("hex").slice(0, 32),
    );
  const currentHash = blindHasher(currentDerived);
  const allHashes = [...derived.values()].map(blindHasher);
  const keyIdOf = (stored: string) => {
    if (!stored.startsWith(PREFIX)) return undefined;
    const end = stored.indexOf(":", PREFIX.length);
    return end > 0 ? stored.slice(PREFIX.length, end) : undefined;
  };
  return {
    currentKeyId: current.id,
    keyIds: [...derived.keys()],
    encrypt(plain, context) {
      const nonce = nextNonce();
      const cipher = createCipheriv("aes-256-gcm", currentDerived.encryption, nonce);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const packed = Buffer.concat([nonce, body, cipher.getAuthTag()]).toString("base64url");
      return `${PREFIX}${current.id}:${packed}`;
    },
    decrypt(sealed, context) {
      const id = keyIdOf(sealed);
      if (id === undefined) throw invalid(`stored value for ${context} is not a ciphertext`);
      const key = derived.get(id);
      if (!key) throw invalid(`stored value for ${context} was sealed with data key ${id}, which is not configured`);
      const packed = Buffer.from(sealed.slice(PREFIX.length + id.length + 1), "base64url");
      if (packed.length < NONCE_BYTES + TAG_BYTES) throw invalid(`ciphertext for ${context} is truncated`);
      try {
        const decipher = createDecipheriv("aes-256-gcm", key.encryption, packed.subarray(0, NONCE_BYTES));
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(packed.subarray(packed.length - TAG_BYTES));
        const body = packed.subarray(NONCE_BYTES, packed.length - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
      } catch (cause) {
        throw new KefuError("DATA_KEY_INVALID", `ciphertext for ${context} failed authentication`, { cause });
      }
    },
    isEncrypted: (stored) => stored.startsWith(PREFIX),
    keyIdOf,
    blindIndex: (purpose, normalised) => currentHash(`${purpose}\0${normalised}`),
    blindIndexes: (purpose, normalised) => allHashes.map((hash) => hash(`${purpose}\0${normalised}`)),
  };
}
