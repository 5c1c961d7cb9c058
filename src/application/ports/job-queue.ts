/** Background jobs (follow-ups, batch analysis). In-process over the jobs table, or BullMQ on Redis. */
export interface JobQueue {
  /** Schedules a job; with the same dedupeKey twice, the second call is a no-op and returns false. */
  schedule(job: {
    type: string;
    payload: Record<string, unknown>;
    runAt: string;
    dedupeKey?: string;
  }): Promise<boolean>;
  /** Registers the handler for a job type; a throw means retry with backoff. */
  handle(type: string, handler: (payload: Record<string, unknown>) => Promise<void>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}
