import type { StaffUser } from "../../../domain/staff/staff-user.js";
import type { StaffDeps } from "./staff-deps.js";

/** The active staff user behind a session token, or undefined if unknown, expired or disabled. */
export async function authenticateStaff(
  deps: Pick<StaffDeps, "store" | "clock" | "tokens">,
  token: string,
): Promise<{ user: StaffUser; tokenHash: string; expiresAt: string } | undefined> {
  const tokenHash = deps.tokens.hash(token);
  const session = await deps.store.sessions.get(tokenHash);
  if (!session) return undefined;
  if (session.expiresAt <= deps.clock.nowIso()) {
    await deps.store.sessions.delete(tokenHash);
    return undefined;
  }
  const user = await deps.store.staff.get(session.userId);
  if (!user || user.disabled) return undefined;
  return { user, tokenHash, expiresAt: session.expiresAt };
}
