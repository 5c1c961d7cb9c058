import type { Intent } from "./intent.js";
import type { LabelledText } from "./train-text-classifier.js";

/** What an intent model said about one message. */
export interface IntentGuess {
  intent: Intent;
  confidence: number;
}

/** In-scope accuracy, out-of-scope recall and calibration of an intent model on one evaluation set. */
export interface OutOfScopeEvaluation {
  inScopeAccuracy: number;
  /** Out-of-scope messages answered `out_of_scope` or with confidence below the clarify threshold. */
  oosRecall: number;
  /** Out-of-scope messages answered `out_of_scope` only. */
  oosStrictRecall: number;
  /** Expected calibration error over all messages (gold of out-of-scope ones is `out_of_scope`). */
  ece: number;
  inScope: number;
  outOfScope: number;
  /** Out-of-scope messages that would have started something, with what they started. */
  misses: { text: string; intent: Intent; confidence: number }[];
}

/** Expected calibration error: mean |accuracy − confidence| over equal-width bins, weighted by size. */
export function expectedCalibrationError(
  predictions: readonly { confidence: number; correct: boolean }[],
  bins = 10,
): number {
  const count = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const sum = new Array<number>(bins).fill(0);
  for (const p of predictions) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p.confidence * bins)));
    count[b] = (count[b] ?? 0) + 1;
    hits[b] = (hits[b] ?? 0) + (p.correct ? 1 : 0);
    sum[b] = (sum[b] ?? 0) + p.confidence;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const n = count[b] ?? 0;
    if (n > 0) ece += (n / predictions.length) * Math.abs((hits[b] ?? 0) / n - (sum[b] ?? 0) / n);
  }
  return ece;
}

/** Scores `classify` on in-scope labelled texts and on out-of-scope texts. */
export function evaluateOutOfScope(
  classify: (text: string) => IntentGuess,
  inScope: readonly LabelledText[],
  outOfScope: readonly string[],
  clarifyBelow: number,
): OutOfScopeEvaluation {
  const calibration: { confidence: number; correct: boolean }[] = [];
  let correct = 0;
  for (const d of inScope) {
    const guess = classify(d.text);
    const ok = guess.intent === d.label;
    if (ok) correct++;
    calibration.push({ confidence: guess.confidence, correct: ok });
  }
  let rejected = 0;
  let strict = 0;
  const misses: OutOfScopeEvaluation["misses"] = [];
  for (const text of outOfScope) {
    const guess = classify(text);
    const isOos = guess.intent === "out_of_scope";
    if (isOos) strict++;
    if (isOos || guess.confidence < clarifyBelow) rejected++;
    else misses.push({ text, ...guess });
    calibration.push({ confidence: guess.confidence, correct: isOos });
  }
  return {
    inScopeAccuracy: inScope.length === 0 ? 0 : correct / inScope.length,
    oosRecall: outOfScope.length === 0 ? 0 : rejected / outOfScope.length,
    oosStrictRecall: outOfScope.length === 0 ? 0 : strict / outOfScope.length,
    ece: expectedCalibrationError(calibration),
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    misses,
  };
}
