import type { StaffRole } from "../../../domain/staff/staff-user.js";
import { createStaffUser } from "./create-staff-user.js";
import { type PublicStaffUser, toPublicStaffUser } from "./public-staff-user.js";
import type { StaffDeps } from "./staff-deps.js";

/** Creates the user unless one with that email exists (demo seeding runs on every start). */
export async function ensureStaffUser(
  deps: StaffDeps,
  input: { email: string; name: string; role: StaffRole; password: string },
): Promise<{ user: PublicStaffUser; created: boolean }> {
  const existing = await deps.store.staff.findByEmail(input.email.trim().toLowerCase());
  if (existing) return { user: toPublicStaffUser(existing), created: false };
  const user = await createStaffUser(deps, { ...input, actor: { type: "system", id: "seed" } });
  return { user, created: true };
}
