import { errors, jwtVerify } from "jose";
import { KefuError } from "../../domain/errors/kefu-error.js";

/** What a valid signed identity names. */
export interface SignedShopper {
  customerId: string;
  expiresAt: Date;
}

const invalid = (message: string, cause?: unknown) =>
  new KefuError("IDENTITY_SIGNATURE_INVALID", message, cause === undefined ? undefined : { cause });

/**
 * Verifies a shopper identity signed by the shop's backend: a JWT, HS256 only, with `sub` (the
 * customer id) and `exp`; a token living longer than `maxLifetimeMinutes` from now is refused.
 */
export async function verifySignedIdentity(
  token: string,
  secret: string,
  now: Date,
  maxLifetimeMinutes: number,
): Promise<SignedShopper> {
  let payload: { sub?: string; exp?: number };
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      requiredClaims: ["sub", "exp"],
      currentDate: now,
      clockTolerance: 30,
    }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw invalid("the signed identity has expired", err);
    throw invalid("the signed identity is not valid", err);
  }
  const { sub, exp } = payload;
  if (typeof sub !== "string" || sub.length === 0 || sub.length > 200 || typeof exp !== "number") {
    throw invalid("the signed identity must name a customer (sub) and expire (exp)");
  }
  if (exp * 1000 - now.getTime() > maxLifetimeMinutes * 60_000) {
    throw invalid(`the signed identity must expire within ${maxLifetimeMinutes} minutes`);
  }
  return { customerId: sub, expiresAt: new Date(exp * 1000) };
}
