/**
 * Memoises a pure string function with at most `capacity` entries; when full it starts over (the
 * hot set refills at once, and no per-hit bookkeeping as an LRU would need).
 */
export function boundedMemo(capacity: number, compute: (key: string) => string): (key: string) => string {
  const memo = new Map<string, string>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (memo.size >= capacity) memo.clear();
    memo.set(key, value);
    return value;
  };
}
