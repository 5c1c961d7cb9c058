import { seededRandom, shuffleInPlace } from "./seeded-random.js";

/** Index lists of a seeded stratified split: about `fraction` of each label goes to `heldOut`. */
export function stratifiedSplit(
  labels: readonly number[],
  fraction: number,
  seed = 42,
): { train: number[]; heldOut: number[] } {
  const random = seededRandom(seed);
  const byLabel = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const bucket = byLabel.get(label) ?? [];
    bucket.push(i);
    byLabel.set(label, bucket);
  });
  const train: number[] = [];
  const heldOut: number[] = [];
  for (const label of [...byLabel.keys()].sort((a, b) => a - b)) {
    const bucket = shuffleInPlace(byLabel.get(label) ?? [], random);
    // Keep at least one training example per label.
    const cut = Math.min(Math.round(bucket.length * fraction), bucket.length - 1);
    heldOut.push(...bucket.slice(0, cut));
    train.push(...bucket.slice(cut));
  }
  return { train: train.sort((a, b) => a - b), heldOut: heldOut.sort((a, b) => a - b) };
}
