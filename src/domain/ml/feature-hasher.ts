import { type SparseVector, type SparseWeighting, sparseFromIndices } from "./sparse-vector.js";

/** 32-bit FNV-1a over UTF-16 code units: fast, allocation-free and stable across runs. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so nearby strings spread over the low bits used as the bucket.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Maps string features to indices in a power-of-two space ("hashing trick"). */
export class FeatureHasher {
  /** Number of buckets, a power of two. */
  readonly dimension: number;
  private readonly mask: number;

  constructor(bits: number) {
    if (!Number.isInteger(bits) || bits < 4 || bits > 26) throw new RangeError(`hash bits must be 4..26, got ${bits}`);
    this.dimension = 2 ** bits;
    this.mask = this.dimension - 1;
  }

  /** Bucket of one feature string. */
  index(feature: string): number {
    return hashString(feature) & this.mask;
  }

  /** Hashes a bag of feature strings into a weighted, merged sparse vector. */
  vectorize(features: readonly string[], weighting?: SparseWeighting): SparseVector {
    const hashed = new Uint32Array(features.length);
    for (let i = 0; i < features.length; i++) hashed[i] = hashString(features[i] ?? "") & this.mask;
    return sparseFromIndices(hashed, weighting);
  }
}
