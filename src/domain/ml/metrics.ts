/** Precision, recall and F1 of one class. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Number of gold examples of this class. */
  support: number;
}

/** Summary of a multi-class evaluation. */
export interface ClassificationReport {
  accuracy: number;
  macroPrecision: number;
  macroRecall: number;
  macroF1: number;
  perClass: ClassScores[];
  /** confusion[gold][predicted] counts. */
  confusion: number[][];
  total: number;
}

/** One off-diagonal cell of a confusion matrix. */
export interface Confusion {
  gold: number;
  predicted: number;
  count: number;
}

/**
 * Accuracy, per-class and macro-averaged P/R/F1 and the confusion matrix. Macro averages run
 * over classes that occur in gold or predictions, so absent classes don't drag them down.
 */
export function classificationReport(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
): ClassificationReport {
  if (gold.length !== predicted.length) throw new RangeError("gold and predicted differ in length");
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? 0;
    const p = predicted[i] ?? 0;
    const row = confusion[g];
    if (row) row[p] = (row[p] ?? 0) + 1;
    if (g === p) correct++;
  }
  const perClass: ClassScores[] = [];
  let sumP = 0;
  let sumR = 0;
  let sumF = 0;
  let present = 0;
  for (let c = 0; c < classes; c++) {
    const tp = confusion[c]?.[c] ?? 0;
    let goldCount = 0;
    let predCount = 0;
    for (let o = 0; o < classes; o++) {
      goldCount += confusion[c]?.[o] ?? 0;
      predCount += confusion[o]?.[c] ?? 0;
    }
    const precision = predCount === 0 ? 0 : tp / predCount;
    const recall = goldCount === 0 ? 0 : tp / goldCount;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass.push({ precision, recall, f1, support: goldCount });
    if (goldCount > 0 || predCount > 0) {
      present++;
      sumP += precision;
      sumR += recall;
      sumF += f1;
    }
  }
  const div = Math.max(present, 1);
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroPrecision: sumP / div,
    macroRecall: sumR / div,
    macroF1: sumF / div,
    perClass,
    confusion,
    total: gold.length,
  };
}

/** The largest off-diagonal cells, most frequent first. */
export function topConfusions(confusion: readonly (readonly number[])[], limit = 5): Confusion[] {
  const cells: Confusion[] = [];
  confusion.forEach((row, gold) => {
    row.forEach((count, predicted) => {
      if (gold !== predicted && count > 0) cells.push({ gold, predicted, count });
    });
  });
  return cells.sort((a, b) => b.count - a.count || a.gold - b.gold).slice(0, limit);
}

/** Area under the ROC curve via the rank-sum statistic, with ties counted as half. */
export function rocAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i] ?? 0 })).sort((a, b) => a.s - b.s);
  let positives = 0;
  let rankSum = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.s === order[i]?.s) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) {
      if (order[t]?.y === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
