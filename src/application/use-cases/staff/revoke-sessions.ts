import type { SessionRevokedEvent } from "../../ports/event-bus.js";
import type { StaffDeps } from "./staff-deps.js";

/**
 * Ends every session of a user and tells all server instances, so sockets opened on those
 * sessions close too. Publishing is best effort: a lost event still leaves the sockets unable to
 * act, because each frame re-checks its session.
 */
export async function revokeUserSessions(
  deps: Pick<StaffDeps, "store" | "eventBus">,
  userId: string,
  reason: SessionRevokedEvent["reason"],
): Promise<number> {
  const ended = await deps.store.sessions.deleteByUser(userId);
  await deps.eventBus?.publish({ type: "session.revoked", userId, reason });
  return ended;
}
