import { type ClassificationReport, type Confusion, classificationReport, topConfusions } from "../ml/metrics.js";
import type { TextClassifier } from "./text-classifier.js";
import type { LabelledText } from "./train-text-classifier.js";

/** An evaluation with label names attached. */
export interface TextEvaluation {
  report: ClassificationReport;
  /** Label of each index in the report (the model's labels, then unseen gold labels). */
  labels: string[];
  topConfusions: (Confusion & { goldLabel: string; predictedLabel: string })[];
  /** Mean prediction time in milliseconds. */
  meanMillis: number;
}

/** Scores a classifier on labelled texts; gold labels the model never saw count as errors. */
export function evaluateTextClassifier(classifier: TextClassifier, data: readonly LabelledText[]): TextEvaluation {
  const labels = [...classifier.labels];
  for (const d of data) if (!labels.includes(d.label)) labels.push(d.label);
  const gold = data.map((d) => labels.indexOf(d.label));
  const started = performance.now();
  const predicted = data.map((d) => classifier.predictIndex(d.text));
  const meanMillis = data.length === 0 ? 0 : (performance.now() - started) / data.length;
  const report = classificationReport(gold, predicted, labels.length);
  const named = topConfusions(report.confusion, 5).map((c) => ({
    ...c,
    goldLabel: labels[c.gold] ?? "?",
    predictedLabel: labels[c.predicted] ?? "?",
  }));
  return { report, labels, topConfusions: named, meanMillis };
}
