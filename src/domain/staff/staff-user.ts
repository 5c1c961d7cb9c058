import { z } from "zod";

export const StaffRole = z.enum(["admin", "agent"]);
export type StaffRole = z.infer<typeof StaffRole>;

/** A shop employee who logs in to the console. */
export const StaffUser = z.object({
  id: z.string().min(1),
  email: z.string().email(),
  name: z.string().min(1),
  role: StaffRole,
  /** scrypt hash in `scrypt$N$r$p$salt$hash` form; never leaves the server. */
  passwordHash: z.string().min(1),
  disabled: z.boolean().default(false),
  createdAt: z.string().datetime(),
});
export type StaffUser = z.infer<typeof StaffUser>;
