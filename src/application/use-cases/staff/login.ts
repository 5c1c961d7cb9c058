import { createHash } from "node:crypto";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { type PublicStaffUser, toPublicStaffUser } from "./public-staff-user.js";
import type { StaffDeps } from "./staff-deps.js";

const DEFAULT_TTL_MS = 12 * 3600 * 1000;
// Checked against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** Checks email + password and opens a session; wrong email and wrong password fail alike. */
export async function login(
  deps: StaffDeps,
  input: { email: string; password: string },
): Promise<{ token: string; expiresAt: string; user: PublicStaffUser }> {
  const email = input.email.trim().toLowerCase();
  // Keyed by the email as typed, so unknown and known accounts lock out alike (no enumeration);
  // hashed so limiter keys (in Redis) carry no addresses.
  const lockKey = `login-account:${createHash("sha256").update(email).digest("hex").slice(0, 32)}`;
  const guard = deps.loginGuard;
  if (guard) {
    const state = await guard.limiter.peek(lockKey, guard.rule);
    if (state.count >= guard.rule.max) {
      const retryAfterSeconds = Math.max(1, Math.ceil(state.retryAfterMs / 1000));
      throw new KefuError("RATE_LIMITED", "Too many failed logins for this account; try again later", {
        details: { retryAfterSeconds },
      });
    }
  }
  const user = await deps.store.staff.findByEmail(email);
  const ok = await deps.passwords.verify(input.password, user?.passwordHash ?? DUMMY_HASH);
  const now = deps.clock.now();
  if (!user || !ok || user.disabled) {
    const failures = guard ? (await guard.limiter.hit(lockKey, guard.rule)).count : 0;
    if (guard && failures === guard.rule.max) {
      await deps.store.audit.append({
        id: deps.ids.next("aud"),
        at: now.toISOString(),
        actor: { type: "system", id: "auth" },
        action: "user.locked_out",
        entityType: "staff_user",
        entityId: user?.id ?? "unknown",
        details: { failures, lockoutSeconds: Math.round(guard.rule.windowMs / 1000) },
      });
    }
    await deps.store.audit.append({
      id: deps.ids.next("aud"),
      at: now.toISOString(),
      actor: { type: "system", id: "auth" },
      action: "user.login_failed",
      entityType: "staff_user",
      entityId: user?.id ?? "unknown",
      details: { reason: !user ? "unknown_email" : user.disabled ? "disabled" : "wrong_password" },
    });
    throw new KefuError("INVALID_CREDENTIALS", "Wrong email or password");
  }
  if (guard) await guard.limiter.reset(lockKey);
  const { token, tokenHash } = deps.tokens.issue();
  const expiresAt = new Date(now.getTime() + (deps.sessionTtlMs ?? DEFAULT_TTL_MS)).toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.sessions.create({ tokenHash, userId: user.id, expiresAt, createdAt: now.toISOString() });
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now.toISOString(),
      actor: { type: "staff", id: user.id },
      action: "user.login",
      entityType: "staff_user",
      entityId: user.id,
      details: {},
    });
  });
  return { token, expiresAt, user: toPublicStaffUser(user) };
}
