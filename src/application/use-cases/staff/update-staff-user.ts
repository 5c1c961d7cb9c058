import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { StaffRole, StaffUser } from "../../../domain/staff/staff-user.js";
import { MIN_PASSWORD_LENGTH } from "./create-staff-user.js";
import { type PublicStaffUser, toPublicStaffUser } from "./public-staff-user.js";
import { revokeUserSessions } from "./revoke-sessions.js";
import type { StaffDeps } from "./staff-deps.js";

/**
 * Changes a user's role, disabled flag or password; the last active admin cannot be demoted or
 * disabled. Disabling, a new role or a new password ends all of the user's sessions and sockets.
 */
export async function updateStaffUser(
  deps: StaffDeps,
  input: { id: string; role?: StaffRole; disabled?: boolean; password?: string; name?: string; actor: Actor },
): Promise<PublicStaffUser> {
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new KefuError("VALIDATION_FAILED", `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const passwordHash = input.password === undefined ? undefined : await deps.passwords.hash(input.password);
  const updated = await deps.store.transaction(async (tx) => {
    const user = await tx.staff.get(input.id);
    if (!user) throw new KefuError("NOT_FOUND", `Staff user ${input.id} does not exist`);
    const next: StaffUser = {
      ...user,
      role: input.role ?? user.role,
      name: input.name?.trim() || user.name,
      disabled: input.disabled ?? user.disabled,
      passwordHash: passwordHash ?? user.passwordHash,
    };
    const losesAdmin = user.role === "admin" && !user.disabled && (next.role !== "admin" || next.disabled);
    if (losesAdmin) {
      const admins = (await tx.staff.list()).filter((u) => u.role === "admin" && !u.disabled);
      if (admins.length <= 1) throw new KefuError("FORBIDDEN", "The last active admin cannot be demoted or disabled");
    }
    await tx.staff.upsert(next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor: input.actor,
      action: "user.update",
      entityType: "staff_user",
      entityId: user.id,
      details: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(input.password !== undefined ? { passwordChanged: true } : {}),
      },
    });
    return { user, next };
  });
  const { user, next } = updated;
  const reason =
    next.disabled && !user.disabled
      ? "disabled"
      : next.role !== user.role
        ? "role_changed"
        : input.password !== undefined
          ? "password_changed"
          : undefined;
  if (reason) await revokeUserSessions(deps, user.id, reason);
  return toPublicStaffUser(next);
}
