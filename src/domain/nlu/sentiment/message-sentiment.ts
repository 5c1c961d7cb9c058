import type { MessageSentiment } from "../nlu-result.js";
import { normalizeText } from "../normalize-text.js";
import type { TextClassifier } from "../text-classifier.js";
import { hasAngerCue } from "./anger-cues.js";
import { lexiconScore } from "./sentiment-lexicon.js";

/** Weight of the trained model against the lexicon when both are available. */
const MODEL_WEIGHT = 0.7;

/**
 * Polarity of one shopper message: P(positive) − P(negative) from a model trained on labelled
 * messages (labels negative/neutral/positive), blended with the lexicon score; an anger cue
 * forces a strongly negative score so the dialog hands off.
 */
export function analyzeSentiment(text: string, model?: TextClassifier): MessageSentiment {
  const lexicon = lexiconScore(normalizeText(text));
  let score = lexicon;
  if (model) {
    const p = model.probabilities(text);
    const at = (label: string) => {
      const i = model.labels.indexOf(label);
      return i >= 0 ? (p[i] ?? 0) : 0;
    };
    score = MODEL_WEIGHT * (at("positive") - at("negative")) + (1 - MODEL_WEIGHT) * lexicon;
  }
  const anger = hasAngerCue(text);
  if (anger) score = Math.min(score, -0.7);
  score = Math.max(-1, Math.min(1, score));
  const label = score <= -0.25 ? "negative" : score >= 0.25 ? "positive" : "neutral";
  return { label, score: Math.round(score * 1000) / 1000, anger };
}
