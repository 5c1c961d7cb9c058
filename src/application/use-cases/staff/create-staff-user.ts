import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseValue } from "../../../domain/parse-json.js";
import { type StaffRole, StaffUser } from "../../../domain/staff/staff-user.js";
import { type PublicStaffUser, toPublicStaffUser } from "./public-staff-user.js";
import type { StaffDeps } from "./staff-deps.js";

export const MIN_PASSWORD_LENGTH = 8;

/** Adds a console user; emails are unique (case-insensitive) and passwords at least 8 characters. */
export async function createStaffUser(
  deps: StaffDeps,
  input: { email: string; name: string; role: StaffRole; password: string; actor: Actor },
): Promise<PublicStaffUser> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new KefuError("VALIDATION_FAILED", `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const email = input.email.trim().toLowerCase();
  const now = deps.clock.nowIso();
  const user = parseValue(
    StaffUser,
    {
      id: deps.ids.next("usr"),
      email,
      name: input.name.trim(),
      role: input.role,
      passwordHash: await deps.passwords.hash(input.password),
      disabled: false,
      createdAt: now,
    },
    "staff user",
  );
  await deps.store.transaction(async (tx) => {
    if (await tx.staff.findByEmail(email)) {
      throw new KefuError("ALREADY_EXISTS", `A user with email ${email} already exists`, { details: { email } });
    }
    await tx.staff.upsert(user);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: input.actor,
      action: "user.create",
      entityType: "staff_user",
      entityId: user.id,
      details: { email, role: user.role },
    });
  });
  return toPublicStaffUser(user);
}
