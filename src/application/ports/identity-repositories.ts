/** A one-time code sent to a customer's email or phone; only the code's hash is stored. */
export interface IdentityChallenge {
  id: string;
  conversationId: string;
  /** Null when the details matched no account: the challenge exists so the reply is the same. */
  customerId: string | null;
  channel: "email" | "sms";
  codeHash: string;
  attempts: number;
  createdAt: string;
  expiresAt: string;
  consumedAt: string | null;
}

/** Failed verification attempts and one-time codes, kept across conversations. */
export interface IdentityRepository {
  /** Records one failure under each key at `at`. */
  recordFailure(keys: readonly string[], at: string): Promise<void>;
  /** Failures per key since `since` (keys without failures are absent). */
  countFailures(keys: readonly string[], since: string): Promise<Map<string, number>>;
  /** Forgets the failures of these keys (after a successful verification). */
  clearFailures(keys: readonly string[]): Promise<void>;
  /** Deletes failures and challenges older than `before`. */
  prune(before: string): Promise<void>;
  createChallenge(challenge: IdentityChallenge): Promise<void>;
  /** The newest challenge of a conversation, consumed or not. */
  latestChallenge(conversationId: string): Promise<IdentityChallenge | undefined>;
  /** The newest challenge sent to a customer from any conversation (resend throttling). */
  latestChallengeForCustomer(customerId: string): Promise<IdentityChallenge | undefined>;
  /** Adds one attempt; returns the new count. */
  addAttempt(id: string): Promise<number>;
  consume(id: string, at: string): Promise<void>;
}
