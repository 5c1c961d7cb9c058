import { verifyWidgetToken, type WidgetClaims } from "./widget-token.js";

/** Verified tokens remembered per secret; a widget polls and posts with the same token all chat long. */
const MAX_REMEMBERED = 10_000;

/** Verifies widget tokens signed with one secret. */
export type WidgetTokenVerifier = (token: string, now: Date) => WidgetClaims | undefined;

/**
 * `verifyWidgetToken` that remembers tokens it has verified, so a repeat costs a map lookup, not
 * an HMAC, a base64 decode and a schema parse. A widget token is stateless (it cannot be revoked,
 * only expire), and expiry is still checked on every use; forged tokens are never remembered.
 */
export function createWidgetTokenVerifier(secret: string): WidgetTokenVerifier {
  const verified = new Map<string, WidgetClaims>();
  return (token, now) => {
    const known = verified.get(token);
    if (known) {
      if (known.expiresAt.getTime() > now.getTime()) return known;
      verified.delete(token);
      return undefined;
    }
    const claims = verifyWidgetToken(secret, token, now);
    if (!claims) return undefined;
    // Oldest first out: a Map iterates in insertion order.
    if (verified.size >= MAX_REMEMBERED) verified.delete(verified.keys().next().value ?? "");
    verified.set(token, claims);
    return claims;
  };
}
