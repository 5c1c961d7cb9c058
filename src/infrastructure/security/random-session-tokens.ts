import { createHash, randomBytes } from "node:crypto";
import type { SessionTokens } from "../../application/ports/session-tokens.js";

/** Staff tokens carry this prefix so the HTTP layer tells them from widget tokens at a glance. */
export const SESSION_TOKEN_PREFIX = "ks_";

/** 256-bit random tokens; the store only keeps their SHA-256. */
export const randomSessionTokens: SessionTokens = {
  issue() {
    const token = `${SESSION_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    return { token, tokenHash: randomSessionTokens.hash(token) };
  },
  hash(token) {
    return createHash("sha256").update(token).digest("hex");
  },
};
