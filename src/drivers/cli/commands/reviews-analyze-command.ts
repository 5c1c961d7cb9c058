import { SingleBar } from "cli-progress";
import { analyzeReviews } from "../../../application/use-cases/insights/analyze-reviews.js";
import type { Review } from "../../../domain/insights/review.js";
import { analyzeReview } from "../../../domain/insights/reviews/analyze-review.js";
import { buildReviewSummary } from "../../../domain/insights/reviews/review-summary.js";
import { classificationReport, rocAuc } from "../../../domain/ml/metrics.js";
import { loadConfig } from "../../config/load-config.js";
import { printReviewSummary } from "./insights-print.js";
import { readReviewFile } from "./insights-review-file.js";
import { chooseReviewScorer } from "./insights-scorer.js";
import { withInsightsStore } from "./insights-store.js";

export interface ReviewsAnalyzeOptions {
  model?: string;
  lexicon?: boolean;
  /** Save reviews with their analysis in the Kefu store (default true). */
  store?: boolean;
  db?: string;
  json?: boolean;
  progress?: boolean;
}

/** `kefu reviews analyze FILE`: scores, extracts aspects, stores, and prints the summary. */
export async function runReviewsAnalyze(
  file: string,
  options: ReviewsAnalyzeOptions,
  print: (line: string) => void = console.log,
): Promise<Review[]> {
  const config = loadConfig();
  const imported = await readReviewFile(file, new Date().toISOString());
  const scorer = await chooseReviewScorer(config.dataDir, options);
  const bar =
    (options.progress ?? process.stderr.isTTY === true)
      ? new SingleBar({ format: "analysing {bar} {value}/{total} reviews", stream: process.stderr })
      : undefined;
  const onProgress = (done: number, total: number) => {
    if (done === 0) bar?.start(total, 0);
    else bar?.update(done);
  };
  const reviews = imported.map((i) => i.review);
  let analyzed: Review[];
  try {
    if (options.store ?? true) {
      analyzed = await withInsightsStore(
        (store) => analyzeReviews({ store }, { reviews, scorer, onProgress }),
        options.db,
      );
    } else {
      analyzed = [];
      onProgress(0, reviews.length);
      for (const r of reviews) {
        analyzed.push(analyzeReview(r, scorer));
        if (analyzed.length % 500 === 0 || analyzed.length === reviews.length)
          onProgress(analyzed.length, reviews.length);
      }
    }
  } finally {
    bar?.stop();
  }
  const summary = buildReviewSummary(analyzed);
  if (options.json) {
    print(JSON.stringify(summary, null, 2));
    return analyzed;
  }
  print(`scored with the ${scorer.name}${(options.store ?? true) ? "; saved to the Kefu store" : ""}`);
  const labelled = imported.flatMap((item, i) => {
    const sentiment = analyzed[i]?.sentiment;
    return item.label === undefined || sentiment === undefined ? [] : [{ label: item.label, sentiment }];
  });
  if (labelled.length > 0) {
    const gold = labelled.map((l) => l.label);
    const report = classificationReport(
      gold,
      labelled.map((l) => (l.sentiment >= 0.5 ? 1 : 0)),
      2,
    );
    const auc = rocAuc(
      labelled.map((l) => l.sentiment),
      gold,
    );
    print(
      `against the file's labels (${labelled.length}): accuracy ${report.accuracy.toFixed(4)}, ` +
        `macro-F1 ${report.macroF1.toFixed(4)}, AUC ${auc.toFixed(4)}`,
    );
  }
  printReviewSummary(summary, print);
  return analyzed;
}
