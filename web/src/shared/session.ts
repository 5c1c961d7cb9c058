import { useSyncExternalStore } from "react";
import { api, onUnauthorized } from "./api-client.js";
import type { LoginResponse, StaffUser } from "./api-types.js";
import { readStaffToken, writeStaffToken } from "./token-store.js";

/** The staff session: unknown until /auth/me answers, then signed in or out. */
export type SessionState = { status: "loading" } | { status: "signed_out" } | { status: "signed_in"; user: StaffUser };

let state: SessionState = readStaffToken() ? { status: "loading" } : { status: "signed_out" };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const l of listeners) l();
}

onUnauthorized(() => {
  writeStaffToken(null);
  set({ status: "signed_out" });
});

let checking: Promise<void> | undefined;
/** Confirms a stored token once per page load. */
function check(): void {
  if (checking || state.status !== "loading") return;
  checking = api
    .get<{ user: StaffUser }>("/auth/me")
    .then(({ user }) => set({ status: "signed_in", user }))
    .catch(() => {
      writeStaffToken(null);
      set({ status: "signed_out" });
    });
}

export async function login(email: string, password: string): Promise<StaffUser> {
  const res = await api.post<LoginResponse>("/auth/login", { email, password }, { token: null });
  writeStaffToken(res.token);
  set({ status: "signed_in", user: res.user });
  return res.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post("/auth/logout");
  } finally {
    writeStaffToken(null);
    set({ status: "signed_out" });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  check();
  return () => listeners.delete(listener);
}

/** The staff session, re-rendering on login/logout/expiry. */
export function useSession(): SessionState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

export { readStaffToken };
