/**
 * Encrypts sensitive values at rest and computes blind indexes for exact lookups, so adapters
 * never see key material. Ciphertexts name the key that sealed them, so keys can be rotated.
 */
export interface FieldCipher {
  /** Id of the key new ciphertexts and blind indexes are made with. */
  readonly currentKeyId: string;
  /** Every key id this cipher can still open (the current one first). */
  readonly keyIds: readonly string[];
  /** Seals `plain`; `context` (e.g. "customers/c_1") is authenticated, so a ciphertext cannot move to another row. */
  encrypt(plain: string, context: string): string;
  /** Opens a ciphertext made by `encrypt` with the same context; throws DATA_KEY_INVALID on a wrong key or tampering. */
  decrypt(sealed: string, context: string): string;
  /** Whether `stored` is a ciphertext (as opposed to legacy plain text). */
  isEncrypted(stored: string): boolean;
  /** Key id of a ciphertext, undefined for plain text. */
  keyIdOf(stored: string): string | undefined;
  /** Keyed hash of a normalised value under the current key, for equality lookups. */
  blindIndex(purpose: string, normalised: string): string;
  /** The same hash under every key, so lookups find rows not yet rotated. */
  blindIndexes(purpose: string, normalised: string): string[];
}
