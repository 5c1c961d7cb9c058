// Chinese review sentiment: Kefu's sentiment trainer vs a lexicon baseline on online-shopping-10-cats,
// plus the same trainer on waimai-10k and chnsenticorp-htl (each trained on its own train split).
import { classificationReport, rocAuc } from "../src/domain/ml/metrics.js";
import { normalizeText } from "../src/domain/nlu/normalize-text.js";
import { lexiconScore } from "../src/domain/nlu/sentiment/sentiment-lexicon.js";
import type { LabelledText } from "../src/domain/nlu/train-text-classifier.js";
import { trainTextClassifier } from "../src/domain/nlu/train-text-classifier.js";
import { TRAINING_PRESETS } from "../src/domain/nlu/training-presets.js";
import { JiebaSegmenter } from "../src/infrastructure/nlu/jieba-segmenter.js";
import { ms, pct, percentile, printTable, readSplit, SHARED_DATA } from "./nlu-bench-support.js";

interface Result {
  set: string;
  model: string;
  accuracy: number;
  macroF1: number;
  auc: number;
  trainSeconds: number;
  p50: number;
  p99: number;
}

const segmenter = new JiebaSegmenter();

function kefu(set: string, train: LabelledText[], dev: LabelledText[]): Result {
  const started = performance.now();
  const { classifier } = trainTextClassifier(train, segmenter, { ...TRAINING_PRESETS.sentiment, labels: ["0", "1"] });
  const trainSeconds = (performance.now() - started) / 1000;
  const times: number[] = [];
  const positive: number[] = [];
  const predicted = dev.map((d) => {
    const t = performance.now();
    const p = classifier.probabilities(d.text);
    times.push(performance.now() - t);
    positive.push(p[1] ?? 0);
    return (p[1] ?? 0) >= 0.5 ? 1 : 0;
  });
  return summarise(set, "Kefu (words+char n-grams, NB-scaled softmax)", dev, predicted, positive, trainSeconds, times);
}

function lexicon(set: string, train: LabelledText[], dev: LabelledText[]): Result {
  const majority = train.filter((d) => d.label === "1").length * 2 >= train.length ? 1 : 0;
  const times: number[] = [];
  const scores: number[] = [];
  const predicted = dev.map((d) => {
    const t = performance.now();
    const s = lexiconScore(normalizeText(d.text));
    times.push(performance.now() - t);
    scores.push(s);
    return s > 0 ? 1 : s < 0 ? 0 : majority;
  });
  return summarise(set, "lexicon baseline", dev, predicted, scores, 0, times);
}

function summarise(
  set: string,
  model: string,
  dev: LabelledText[],
  predicted: number[],
  scores: number[],
  trainSeconds: number,
  times: number[],
): Result {
  const gold = dev.map((d) => (d.label === "1" ? 1 : 0));
  const r = classificationReport(gold, predicted, 2);
  return {
    set,
    model,
    accuracy: r.accuracy,
    macroF1: r.macroF1,
    auc: rocAuc(scores, gold),
    trainSeconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}

console.log(`Chinese review sentiment from ${SHARED_DATA} (label 1 = positive), dev splits`);
const results: Result[] = [];
for (const set of ["online-shopping-10-cats", "waimai-10k", "chnsenticorp-htl"]) {
  const train = readSplit(set, "train", "label");
  const dev = readSplit(set, "dev", "label");
  results.push(kefu(set, train, dev), lexicon(set, train, dev));
}
printTable(
  ["data set", "model", "accuracy", "macro-F1", "ROC AUC", "train s", "p50 ms", "p99 ms"],
  results.map((r) => [
    r.set,
    r.model,
    pct(r.accuracy),
    pct(r.macroF1),
    r.auc.toFixed(4),
    r.trainSeconds.toFixed(1),
    ms(r.p50),
    ms(r.p99),
  ]),
);
const [main, baseline] = results;
if (main && baseline) {
  console.log(
    `ratios Kefu/lexicon on online-shopping: accuracy ${(main.accuracy / baseline.accuracy).toFixed(3)}x, error rate ${((1 - main.accuracy) / (1 - baseline.accuracy)).toFixed(2)}x`,
  );
  console.log(
    `target: >= 93% on online-shopping dev -> ${main.accuracy >= 0.93 ? "met" : "NOT met"}; < 1 ms per prediction -> ${main.p99 < 1 ? "met" : "NOT met"}`,
  );
}
