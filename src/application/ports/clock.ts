/** Time source, injected so tests and flows are deterministic. */
export interface Clock {
  /** Current time as an ISO-8601 UTC string. */
  nowIso(): string;
  now(): Date;
}
