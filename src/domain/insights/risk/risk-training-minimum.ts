/** Settled orders needed before training: fewer make the held-out AUC a coin toss. */
export const MIN_LABELLED_ORDERS = 50;
/** Orders needed of each kind (with and without a return or complaint). */
export const MIN_PER_CLASS = 10;

/** Why the labelled orders are too few to train on, or undefined when they suffice. */
export function riskTrainingShortfall(labels: readonly (0 | 1)[]): string | undefined {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (labels.length >= MIN_LABELLED_ORDERS && positives >= MIN_PER_CLASS && negatives >= MIN_PER_CLASS) {
    return undefined;
  }
  return (
    `not enough labelled orders to train the risk model: ${labels.length} settled, ${positives} with a return ` +
    `or complaint, ${negatives} without (need ≥ ${MIN_LABELLED_ORDERS} and ≥ ${MIN_PER_CLASS} of each); ` +
    "until then the risk list uses the heuristic"
  );
}
