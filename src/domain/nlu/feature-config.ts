import { z } from "zod";

/** Which n-grams a text classifier hashes; saved with the model so prediction matches training. */
export const FeatureConfig = z.object({
  /** log2 of the hashed feature space. */
  hashBits: z.number().int().min(8).max(24),
  /** Word n-grams up to this order (1 = unigrams, 2 = + bigrams). */
  wordNgrams: z.number().int().min(1).max(3),
  /** Character n-gram orders over runs of Han characters. */
  hanChars: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  /** Character n-gram orders inside each Latin word, padded with boundary marks. */
  latinChars: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  /** How feature counts become values. */
  tf: z.enum(["binary", "count", "log"]),
});
export type FeatureConfig = z.infer<typeof FeatureConfig>;

/** Short after-sales messages: words, bigrams, Han 1–3-grams, Latin 3–5-grams within words. */
export const INTENT_FEATURES: FeatureConfig = {
  hashBits: 18,
  wordNgrams: 2,
  hanChars: [1, 3],
  latinChars: [3, 5],
  tf: "log",
};

/** Reviews and messages for polarity: the same shape with a larger space for long texts. */
export const SENTIMENT_FEATURES: FeatureConfig = {
  hashBits: 20,
  wordNgrams: 2,
  hanChars: [1, 3],
  latinChars: [3, 5],
  tf: "log",
};
