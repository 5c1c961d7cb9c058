import type { StaffDeps } from "./staff-deps.js";

/** Ends one session and closes sockets opened with it on every instance; logging out twice is harmless. */
export async function logout(
  deps: Pick<StaffDeps, "store" | "eventBus">,
  userId: string,
  tokenHash: string,
): Promise<void> {
  await deps.store.sessions.delete(tokenHash);
  await deps.eventBus?.publish({ type: "session.revoked", userId, tokenHash, reason: "logout" });
}
