import type { ReviewSentimentScorer } from "../../../domain/insights/sentiment/review-sentiment-scorer.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { analyzeReviews } from "./analyze-reviews.js";

/** Where the admin-started analysis of stored reviews stands. */
export interface ReviewAnalysisProgress {
  state: "idle" | "running" | "done" | "failed";
  /** Reviews analysed so far in this run. */
  done: number;
  /** Reviews this run set out to analyse. */
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why the run failed (state "failed"). */
  error: string | null;
}

/**
 * Analyses the stored reviews that have no sentiment yet, one run at a time per server, and
 * reports progress batch by batch. Starting while a run is going returns the running one.
 */
export class ReviewAnalysisRun {
  private current: ReviewAnalysisProgress = {
    state: "idle",
    done: 0,
    total: 0,
    startedAt: null,
    finishedAt: null,
    error: null,
  };
  private running: Promise<void> | undefined;

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      logger: Logger;
      scorer: () => Promise<ReviewSentimentScorer>;
      batchSize?: number;
    },
  ) {}

  progress(): ReviewAnalysisProgress {
    return { ...this.current };
  }

  /** Starts a run unless one is going; returns the progress right after starting. */
  start(): ReviewAnalysisProgress {
    if (this.current.state === "running") return this.progress();
    this.current = {
      state: "running",
      done: 0,
      total: 0,
      startedAt: this.deps.clock.nowIso(),
      finishedAt: null,
      error: null,
    };
    this.running = this.run();
    return this.progress();
  }

  /** Resolves when the current run (if any) has finished; for tests and shutdown. */
  async settled(): Promise<void> {
    await this.running;
  }

  private async run(): Promise<void> {
    try {
      const missing = (await this.deps.store.reviews.all()).filter((r) => r.sentiment === undefined);
      this.current = { ...this.current, total: missing.length };
      // Nothing to do: the model is not even loaded.
      const scorer = missing.length ? await this.deps.scorer() : undefined;
      if (scorer)
        await analyzeReviews(
          { store: this.deps.store },
          {
            reviews: missing,
            scorer,
            ...(this.deps.batchSize ? { batchSize: this.deps.batchSize } : {}),
            onProgress: (done, total) => {
              this.current = { ...this.current, done, total };
            },
          },
        );
      this.current = { ...this.current, state: "done", finishedAt: this.deps.clock.nowIso() };
      this.deps.logger.info({ analysed: this.current.done }, "stored reviews analysed");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.current = { ...this.current, state: "failed", finishedAt: this.deps.clock.nowIso(), error: message };
      this.deps.logger.error({ err: error }, "review analysis failed");
    }
  }
}
