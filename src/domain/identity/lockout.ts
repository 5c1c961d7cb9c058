/**
 * Keys failures are counted under. Subjects are the customer or the fact tried (a hashed email,
 * phone or name+zip, counted whether or not an account exists, so locking reveals nothing);
 * clients are the IP address and the conversation.
 */
export interface FailureKeys {
  subjects: string[];
  clients: string[];
}

/** The keys at or over their limit in the window. */
export function lockedKeys(
  keys: FailureKeys,
  counts: ReadonlyMap<string, number>,
  settings: { maxFailures: number; maxClientFailures: number },
): string[] {
  const over = (key: string, max: number) => (counts.get(key) ?? 0) >= max;
  return [
    ...keys.subjects.filter((k) => over(k, settings.maxFailures)),
    ...keys.clients.filter((k) => over(k, settings.maxClientFailures)),
  ];
}

/** Keys that this failure has just brought to their limit (for one audit event each, not one per try). */
export function newlyLocked(
  keys: FailureKeys,
  countsAfter: ReadonlyMap<string, number>,
  settings: { maxFailures: number; maxClientFailures: number },
): string[] {
  const at = (key: string, max: number) => (countsAfter.get(key) ?? 0) === max;
  return [
    ...keys.subjects.filter((k) => at(k, settings.maxFailures)),
    ...keys.clients.filter((k) => at(k, settings.maxClientFailures)),
  ];
}

/** The start of the counting window. */
export function windowStart(nowMs: number, windowMinutes: number): string {
  return new Date(nowMs - windowMinutes * 60_000).toISOString();
}
