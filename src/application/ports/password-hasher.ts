/** Hashes and checks staff passwords; the application never sees the algorithm. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password or a hash it cannot read; never throws on bad input. */
  verify(password: string, hash: string): Promise<boolean>;
}
