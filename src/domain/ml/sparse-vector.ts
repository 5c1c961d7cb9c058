/** A sparse feature vector: parallel arrays of feature indices and their values. */
export interface SparseVector {
  /** Feature indices in [0, dimension); unique and ascending when built by `sparseFromIndices`. */
  readonly indices: Uint32Array;
  /** Value of each feature, same length as `indices`. */
  readonly values: Float32Array;
}

/** How repeated features are weighted and whether the vector is scaled to unit length. */
export interface SparseWeighting {
  /** "binary" = 1 per present feature, "count" = raw count, "log" = 1 + ln(count). Default "log". */
  readonly tf?: "binary" | "count" | "log";
  /** Scale to unit L2 norm (default true), which keeps learning rates comparable across lengths. */
  readonly normalize?: boolean;
}

/** The empty vector, shared because vectors are never mutated. */
export const EMPTY_SPARSE: SparseVector = { indices: new Uint32Array(0), values: new Float32Array(0) };

/**
 * Builds a vector from raw (possibly repeated) feature indices: sorts, merges repeats into counts,
 * then weights and normalises. `hashed` is sorted in place.
 */
export function sparseFromIndices(hashed: Uint32Array, weighting: SparseWeighting = {}): SparseVector {
  if (hashed.length === 0) return EMPTY_SPARSE;
  hashed.sort();
  let unique = 1;
  for (let i = 1; i < hashed.length; i++) if (hashed[i] !== hashed[i - 1]) unique++;
  const indices = new Uint32Array(unique);
  const values = new Float32Array(unique);
  let j = 0;
  let current = hashed[0] ?? 0;
  let count = 1;
  for (let i = 1; i <= hashed.length; i++) {
    const next = i < hashed.length ? (hashed[i] ?? 0) : -1;
    if (next === current) {
      count++;
      continue;
    }
    indices[j] = current;
    values[j] = weightCount(count, weighting.tf ?? "log");
    j++;
    current = next;
    count = 1;
  }
  if (weighting.normalize ?? true) normalizeInPlace(values);
  return { indices, values };
}

function weightCount(count: number, tf: "binary" | "count" | "log"): number {
  if (tf === "binary") return 1;
  if (tf === "count") return count;
  return 1 + Math.log(count);
}

/** Scales values to unit L2 norm; leaves an all-zero vector alone. */
export function normalizeInPlace(values: Float32Array): void {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    sum += v * v;
  }
  if (sum === 0) return;
  const inv = 1 / Math.sqrt(sum);
  for (let i = 0; i < values.length; i++) values[i] = (values[i] ?? 0) * inv;
}

/** Multiplies every value by a per-feature factor (e.g. NB log-count ratios), returning a new vector. */
export function scaleSparse(vector: SparseVector, factors: Float32Array, normalize = true): SparseVector {
  const values = new Float32Array(vector.values.length);
  for (let i = 0; i < values.length; i++) {
    values[i] = (vector.values[i] ?? 0) * (factors[vector.indices[i] ?? 0] ?? 0);
  }
  if (normalize) normalizeInPlace(values);
  return { indices: vector.indices, values };
}
