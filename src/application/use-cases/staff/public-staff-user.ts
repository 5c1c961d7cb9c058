import type { StaffUser } from "../../../domain/staff/staff-user.js";

/** A staff user as clients see it: never the password hash. */
export type PublicStaffUser = Omit<StaffUser, "passwordHash">;

export function toPublicStaffUser(user: StaffUser): PublicStaffUser {
  const { passwordHash: _hidden, ...rest } = user;
  return rest;
}
