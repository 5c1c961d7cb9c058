/** Delay before retry number `attempt` (1-based): base · 2^(attempt−1), capped at one day. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 86_400_000);
}
