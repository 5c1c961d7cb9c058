import type { Locale } from "../locale.js";
import type { Product } from "../shop/product.js";
import { detectLanguage } from "./detect-language.js";
import { CatalogueMatcher } from "./entities/catalogue-matcher.js";
import { extractEntities } from "./entities/extract-entities.js";
import { DEFAULT_OOS_THRESHOLD, IntentClassifier } from "./intent-classifier.js";
import type { NluResult } from "./nlu-result.js";
import type { Segmenter } from "./segmenter.js";
import { analyzeSentiment } from "./sentiment/message-sentiment.js";
import { TextClassifier } from "./text-classifier.js";
import { deserializeTextClassifier, type SerializedTextClassifier } from "./text-classifier-codec.js";

/** Same shape as the application's NluAnalyzer port (the domain cannot import ports). */
export interface LocalNlu {
  analyze(text: string, hints?: { locale?: Locale }): NluResult;
}

/** The two trained models, either live or in their serialized (model.json) form. */
export interface LocalNluModels {
  intent: TextClassifier | SerializedTextClassifier;
  sentiment?: TextClassifier | SerializedTextClassifier;
}

/** Tuning and context that don't come from the models. */
export interface LocalNluOptions {
  /** Reference "now" for relative dates (昨天, last week); defaults to the current time. */
  now?: () => Date;
  /** Confidence below which the intent becomes out_of_scope. */
  oosThreshold?: number;
}

function live(model: TextClassifier | SerializedTextClassifier, segmenter: Segmenter): TextClassifier {
  return model instanceof TextClassifier ? model : deserializeTextClassifier(model, segmenter);
}

/**
 * Kefu's offline NLU: language, calibrated intent with an out-of-scope decision, entities
 * (patterns, dates, catalogue products and options) and message sentiment with an anger cue.
 */
export function createLocalNlu(
  models: LocalNluModels,
  segmenter: Segmenter,
  catalogue?: readonly Product[],
  options: LocalNluOptions = {},
): LocalNlu {
  const intents = new IntentClassifier(live(models.intent, segmenter), options.oosThreshold ?? DEFAULT_OOS_THRESHOLD);
  const sentiment = models.sentiment ? live(models.sentiment, segmenter) : undefined;
  const matcher = catalogue && catalogue.length > 0 ? new CatalogueMatcher(catalogue) : undefined;
  const now = options.now ?? (() => new Date());
  return {
    analyze(text: string, hints?: { locale?: Locale }): NluResult {
      const decision = intents.classify(text);
      return {
        language: detectLanguage(text, hints?.locale),
        intent: decision.intent,
        confidence: decision.confidence,
        ranking: decision.ranking,
        entities: extractEntities(text, now(), matcher),
        sentiment: analyzeSentiment(text, sentiment),
      };
    },
  };
}
