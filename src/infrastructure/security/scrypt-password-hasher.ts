import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import type { PasswordHasher } from "../../application/ports/password-hasher.js";

const KEY_LENGTH = 32;
const DEFAULTS = { N: 16_384, r: 8, p: 1 };

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem leaves room for N=2^17 hashes written by a stronger future default.
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Parses `scrypt$N$r$p$salt$hash` (base64url parts); undefined for anything else. */
function parseHash(stored: string): { N: number; r: number; p: number; salt: Buffer; key: Buffer } | undefined {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return undefined;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return undefined;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const key = Buffer.from(parts[5] ?? "", "base64url");
  if (salt.length === 0 || key.length === 0) return undefined;
  return { N, r, p, salt, key };
}

/** scrypt from node:crypto, parameters stored with each hash so they can be raised later. */
export function createScryptPasswordHasher(params: { N: number; r: number; p: number } = DEFAULTS): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, params);
      return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
    },
    async verify(password, stored) {
      const parsed = parseHash(stored);
      if (!parsed) return false;
      try {
        const key = await derive(password, parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p });
        return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
      } catch {
        return false;
      }
    },
  };
}
