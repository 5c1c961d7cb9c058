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
  const user = await deps.store.staff.findByEmail(input.email.trim().toLowerCase());
  const ok = await deps.passwords.verify(input.password, user?.passwordHash ?? DUMMY_HASH);
  const now = deps.clock.now();
  if (!user || !ok || user.disabled) {
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
