// Review sentiment (trained model vs lexicon baseline) and aspect coverage on three Chinese review sets.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { analyzeReviewText } from "../src/domain/insights/aspects/analyze-review-text.js";
import { Aspect } from "../src/domain/insights/aspects/aspect.js";
import {
  blendedReviewScorer,
  classifierReviewScorer,
  lexiconReviewScorer,
  type ReviewSentimentScorer,
} from "../src/domain/insights/sentiment/review-sentiment-scorer.js";
import { trainReviewSentiment } from "../src/domain/insights/sentiment/train-review-sentiment.js";
import { classificationReport, rocAuc } from "../src/domain/ml/metrics.js";
import { parseJson } from "../src/domain/parse-json.js";
import { JiebaSegmenter } from "../src/infrastructure/nlu/jieba-segmenter.js";
import { loadOrTrain } from "../src/infrastructure/nlu/load-default-nlu.js";
import { sharedDataPath } from "./shared-data-dir.js";

const Row = z.object({ text: z.string(), label: z.union([z.literal(0), z.literal(1)]) });
type Row = z.infer<typeof Row>;

function readJsonl(path: string): Row[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => parseJson(Row, line, `${path}:${i + 1}`));
}

function evaluate(scorer: ReviewSentimentScorer, dev: readonly Row[]) {
  const scores = dev.map((r) => scorer.score(r.text));
  const gold = dev.map((r) => r.label);
  const report = classificationReport(
    gold,
    scores.map((s) => (s >= 0.5 ? 1 : 0)),
    2,
  );
  return { accuracy: report.accuracy, macroF1: report.macroF1, auc: rocAuc(scores, gold) };
}

const segmenter = new JiebaSegmenter();
// Kefu's own message-sentiment model (trained from resources/nlu only), the default without a review model.
const scratch = mkdtempSync(join(tmpdir(), "kefu-reviews-bench-"));
const shipped = classifierReviewScorer(await loadOrTrain(scratch, "sentiment", segmenter), "shipped");
rmSync(scratch, { recursive: true, force: true });
const f = (x: number) => x.toFixed(4);
const sets = (process.argv[2] ?? "online-shopping-10-cats,waimai-10k,chnsenticorp-htl").split(",");
for (const name of sets) {
  const train = readJsonl(sharedDataPath(name, "train.jsonl"));
  const dev = readJsonl(sharedDataPath(name, "dev.jsonl"));
  const started = performance.now();
  const trained = trainReviewSentiment(
    train.map((r) => ({ text: r.text, positive: r.label === 1 })),
    segmenter,
  );
  const trainSeconds = (performance.now() - started) / 1000;
  const model = evaluate(classifierReviewScorer(trained.classifier), dev);
  const lexicon = evaluate(lexiconReviewScorer, dev);
  const own = evaluate(shipped, dev);
  const fallback = evaluate(blendedReviewScorer(shipped, lexiconReviewScorer), dev);
  console.log(`\n${name}: train ${train.length}, dev ${dev.length}, trained in ${trainSeconds.toFixed(1)} s`);
  console.log("scorer                          accuracy  macro-F1  AUC");
  for (const [label, m] of [
    ["model (trained on train split)", model],
    ["shipped message model", own],
    ["shipped + lexicon (default)", fallback],
    ["lexicon baseline", lexicon],
  ] as const) {
    console.log(`${label.padEnd(31)} ${f(m.accuracy)}    ${f(m.macroF1)}    ${f(m.auc)}`);
  }
  console.log(
    `model / lexicon: accuracy ×${(model.accuracy / lexicon.accuracy).toFixed(3)}, ` +
      `macro-F1 ×${(model.macroF1 / lexicon.macroF1).toFixed(3)}, AUC ×${(model.auc / lexicon.auc).toFixed(3)}`,
  );

  // Aspect coverage, and how often the aspects' net polarity agrees with the review's label.
  const perAspect = new Map<string, number>(Aspect.options.map((a) => [a, 0]));
  let covered = 0;
  let agreeing = 0;
  let decided = 0;
  for (const r of dev) {
    const aspects = analyzeReviewText(r.text).aspects;
    const values = Object.entries(aspects);
    if (values.length > 0) covered++;
    for (const [a] of values) perAspect.set(a, (perAspect.get(a) ?? 0) + 1);
    const net = values.reduce((s, [, v]) => s + (v ?? 0), 0);
    if (net !== 0) {
      decided++;
      if ((net > 0 ? 1 : 0) === r.label) agreeing++;
    }
  }
  console.log(
    `aspects: ${f(covered / dev.length)} of dev reviews mention ≥1 aspect; net aspect polarity agrees with the ` +
      `label in ${f(agreeing / Math.max(decided, 1))} of ${decided} reviews with a net polarity`,
  );
  console.log(`per aspect: ${[...perAspect].map(([a, n]) => `${a} ${n}`).join(", ")}`);
}
