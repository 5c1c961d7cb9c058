import { Intent } from "./intent.js";
import { looksLikeNoise } from "./looks-like-noise.js";
import type { TextClassifier } from "./text-classifier.js";

/** The intent decision for one message. */
export interface IntentDecision {
  intent: Intent;
  confidence: number;
  /** Best first, at most `rankingSize` entries, always including `intent`. */
  ranking: { intent: Intent; confidence: number }[];
}

/** Below this calibrated confidence the message is treated as out of scope. */
export const DEFAULT_OOS_THRESHOLD = 0.4;

/** Confidence given to the character-level noise rule (it flagged no in-scope training or test message). */
const NOISE_CONFIDENCE = 0.95;

/**
 * Wraps a text classifier trained on Kefu's intents (including `out_of_scope` examples) and adds
 * the low-confidence rule: when no intent is likely enough, the answer is `out_of_scope` with
 * confidence max(P(out_of_scope), 1 − P(best)). Keyboard mash and repeated characters are
 * out of scope before the model is asked (`noiseGuard`).
 */
export class IntentClassifier {
  private readonly intents: Intent[];

  constructor(
    readonly classifier: TextClassifier,
    readonly threshold = DEFAULT_OOS_THRESHOLD,
    readonly rankingSize = 5,
    readonly noiseGuard = true,
  ) {
    this.intents = classifier.labels.map((label) => {
      const parsed = Intent.safeParse(label);
      if (!parsed.success) throw new RangeError(`intent model has an unknown label "${label}"`);
      return parsed.data;
    });
  }

  classify(text: string): IntentDecision {
    const p = this.classifier.probabilities(text);
    const ranking = this.intents
      .map((intent, i) => ({ intent, confidence: p[i] ?? 0 }))
      .sort((a, b) => b.confidence - a.confidence);
    const best = ranking[0] ?? { intent: "out_of_scope" as const, confidence: 0 };
    if (this.noiseGuard && best.intent !== "out_of_scope" && looksLikeNoise(text)) {
      return this.outOfScope(
        ranking,
        Math.max(NOISE_CONFIDENCE, ranking.find((r) => r.intent === "out_of_scope")?.confidence ?? 0),
      );
    }
    if (best.confidence >= this.threshold || best.intent === "out_of_scope") {
      return { intent: best.intent, confidence: best.confidence, ranking: ranking.slice(0, this.rankingSize) };
    }
    const oosProbability = ranking.find((r) => r.intent === "out_of_scope")?.confidence ?? 0;
    return this.outOfScope(ranking, Math.max(oosProbability, 1 - best.confidence));
  }

  private outOfScope(ranking: IntentDecision["ranking"], confidence: number): IntentDecision {
    const rest = ranking.filter((r) => r.intent !== "out_of_scope").slice(0, this.rankingSize - 1);
    return { intent: "out_of_scope", confidence, ranking: [{ intent: "out_of_scope", confidence }, ...rest] };
  }
}
