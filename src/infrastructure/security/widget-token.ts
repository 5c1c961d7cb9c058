import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { parseJson } from "../../domain/parse-json.js";

/** Widget tokens carry this prefix and version. */
export const WIDGET_TOKEN_PREFIX = "kw1.";

const Claims = z.object({ c: z.string().min(1), iat: z.number().int(), exp: z.number().int() });

/** What a verified widget token grants: access to one conversation. */
export interface WidgetClaims {
  conversationId: string;
  expiresAt: Date;
}

function sign(secret: string, body: string): Buffer {
  return createHmac("sha256", secret).update(`${WIDGET_TOKEN_PREFIX}${body}`).digest();
}

/** Signs a token scoped to one conversation; the shopper keeps it for the life of the chat. */
export function signWidgetToken(
  secret: string,
  conversationId: string,
  now: Date,
  ttlMs = 30 * 24 * 3600 * 1000,
): string {
  const iat = Math.floor(now.getTime() / 1000);
  const claims = { c: conversationId, iat, exp: iat + Math.floor(ttlMs / 1000) };
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${WIDGET_TOKEN_PREFIX}${body}.${sign(secret, body).toString("base64url")}`;
}

/** Checks signature and expiry; undefined for anything forged, expired or malformed. */
export function verifyWidgetToken(secret: string, token: string, now: Date): WidgetClaims | undefined {
  if (!token.startsWith(WIDGET_TOKEN_PREFIX)) return undefined;
  const [body, mac, extra] = token.slice(WIDGET_TOKEN_PREFIX.length).split(".");
  if (!body || !mac || extra !== undefined) return undefined;
  const expected = sign(secret, body);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: z.infer<typeof Claims>;
  try {
    claims = parseJson(Claims, Buffer.from(body, "base64url").toString("utf8"), "widget token");
  } catch {
    return undefined;
  }
  if (claims.exp * 1000 <= now.getTime()) return undefined;
  return { conversationId: claims.c, expiresAt: new Date(claims.exp * 1000) };
}
