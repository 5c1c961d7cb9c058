import type { FastifyRequest } from "fastify";
import { authenticateStaff } from "../../../application/use-cases/staff/authenticate-staff.js";
import { randomSessionTokens, SESSION_TOKEN_PREFIX } from "../../../infrastructure/security/random-session-tokens.js";
import { WIDGET_TOKEN_PREFIX } from "../../../infrastructure/security/widget-token.js";
import {
  createWidgetTokenVerifier,
  type WidgetTokenVerifier,
} from "../../../infrastructure/security/widget-token-verifier.js";
import type { AppDeps } from "../app-deps.js";
import type { Principal } from "./principal.js";

/**
 * The bearer token from the Authorization header, or from `?token=` where allowed (browser
 * WebSocket clients cannot set headers; elsewhere tokens stay out of URLs and logs).
 */
export function bearerToken(request: FastifyRequest, allowQuery: boolean): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || undefined;
  if (!allowQuery) return undefined;
  const query = request.query;
  if (typeof query === "object" && query !== null && "token" in query && typeof query.token === "string") {
    return query.token || undefined;
  }
  return undefined;
}

/** One verifier per server secret (a process normally has one; tests build apps with several). */
const verifiers = new Map<string, WidgetTokenVerifier>();

function widgetVerifier(secret: string): WidgetTokenVerifier {
  let verifier = verifiers.get(secret);
  if (!verifier) {
    if (verifiers.size >= 16) verifiers.clear();
    verifier = createWidgetTokenVerifier(secret);
    verifiers.set(secret, verifier);
  }
  return verifier;
}

/** Resolves a token to a principal; unknown or invalid tokens give undefined (routes then answer 401). */
export async function resolvePrincipal(
  deps: Pick<AppDeps, "store" | "clock" | "secret">,
  token: string | undefined,
): Promise<Principal | undefined> {
  if (!token) return undefined;
  if (token.startsWith(WIDGET_TOKEN_PREFIX)) {
    const claims = widgetVerifier(deps.secret)(token, deps.clock.now());
    return claims ? { kind: "shopper", conversationId: claims.conversationId } : undefined;
  }
  if (token.startsWith(SESSION_TOKEN_PREFIX)) {
    const found = await authenticateStaff({ ...deps, tokens: randomSessionTokens }, token);
    return found
      ? { kind: "staff", user: found.user, tokenHash: found.tokenHash, expiresAt: found.expiresAt }
      : undefined;
  }
  return undefined;
}
