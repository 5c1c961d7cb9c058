/** localStorage key of the staff session token (the admin pages read the same key). */
export const STAFF_TOKEN_KEY = "kefu.staffToken";

export function readStaffToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(STAFF_TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeStaffToken(token: string | null): void {
  try {
    if (token) globalThis.localStorage?.setItem(STAFF_TOKEN_KEY, token);
    else globalThis.localStorage?.removeItem(STAFF_TOKEN_KEY);
  } catch {
    // Private mode without storage: the session lasts for this page only.
  }
}
