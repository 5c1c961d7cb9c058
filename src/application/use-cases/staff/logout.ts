import type { StaffDeps } from "./staff-deps.js";

/** Ends a session; logging out twice is harmless. */
export async function logout(deps: Pick<StaffDeps, "store">, tokenHash: string): Promise<void> {
  await deps.store.sessions.delete(tokenHash);
}
