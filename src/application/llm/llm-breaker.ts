/**
 * After a timeout or server error the conversation stays in local mode for a while, so the
 * rest of the turn (and the next few) do not wait on a model that is down.
 */
export class LlmBreaker {
  private openUntil = 0;

  constructor(
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while calls should be skipped. */
  get open(): boolean {
    return this.now() < this.openUntil;
  }

  trip(): void {
    this.openUntil = this.now() + this.cooldownMs;
  }

  reset(): void {
    this.openUntil = 0;
  }
}
