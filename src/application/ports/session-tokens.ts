/** Issues opaque staff session tokens; only their hash is ever stored. */
export interface SessionTokens {
  /** A fresh random token and the hash to store for it. */
  issue(): { token: string; tokenHash: string };
  /** The stored form of a presented token. */
  hash(token: string): string;
}
