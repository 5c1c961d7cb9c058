import { INTENT_FEATURES, SENTIMENT_FEATURES } from "./feature-config.js";
import type { TextTrainOptions } from "./train-text-classifier.js";

/** The text tasks Kefu trains; each picks features and optimiser settings that worked on our data. */
export type TextTask = "intent" | "sentiment";

/**
 * Settings per task, tuned on Bitext (intent) and online-shopping-10-cats (sentiment): intents
 * like a high AdaGrad rate; long reviews prefer a gentler one plus NB log-count-ratio scaling
 * (used only when there are exactly two labels).
 */
export const TRAINING_PRESETS: Readonly<Record<TextTask, Omit<TextTrainOptions, "onProgress" | "labels">>> = {
  intent: { features: INTENT_FEATURES, epochs: 6, learningRate: 0.5, l2: 1e-6, calibrationFraction: 0.1 },
  sentiment: {
    features: SENTIMENT_FEATURES,
    epochs: 6,
    learningRate: 0.1,
    l2: 1e-6,
    nbBeta: 1,
    calibrationFraction: 0.1,
  },
};
