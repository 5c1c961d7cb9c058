import type { Locale } from "../locale.js";
import type { Entity } from "./entity.js";
import type { Intent } from "./intent.js";

/** Polarity of one message plus a separate cue for anger/abuse, which triggers handoff. */
export interface MessageSentiment {
  label: "negative" | "neutral" | "positive";
  /** Score in [-1, 1]; below -0.6 counts as strongly negative. */
  score: number;
  anger: boolean;
}

/** Everything the NLU says about one message. */
export interface NluResult {
  language: Locale;
  intent: Intent;
  /** Calibrated probability of `intent`, in [0, 1]. */
  confidence: number;
  /** Top alternatives, best first, including `intent`. */
  ranking: { intent: Intent; confidence: number }[];
  entities: Entity[];
  sentiment: MessageSentiment;
}
