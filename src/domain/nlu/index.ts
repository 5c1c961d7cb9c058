// Public API of Kefu's local NLU (pure; the jieba segmenter and model files live in infrastructure/nlu).
export { createLocalNlu, type LocalNlu, type LocalNluModels, type LocalNluOptions } from "./create-local-nlu.js";
export { detectLanguage } from "./detect-language.js";
export { CatalogueMatcher } from "./entities/catalogue-matcher.js";
export { extractEntities } from "./entities/extract-entities.js";
export { evaluateTextClassifier, type TextEvaluation } from "./evaluate-text-classifier.js";
export { FeatureConfig, INTENT_FEATURES, SENTIMENT_FEATURES } from "./feature-config.js";
export { DEFAULT_OOS_THRESHOLD, IntentClassifier, type IntentDecision } from "./intent-classifier.js";
export { normalizeText } from "./normalize-text.js";
export { CharSegmenter, type Segmenter } from "./segmenter.js";
export { hasAngerCue } from "./sentiment/anger-cues.js";
export { analyzeSentiment } from "./sentiment/message-sentiment.js";
export { lexiconScore } from "./sentiment/sentiment-lexicon.js";
export { type LabelScore, TextClassifier, type TextPrediction } from "./text-classifier.js";
export {
  deserializeTextClassifier,
  SerializedTextClassifier,
  serializeTextClassifier,
} from "./text-classifier-codec.js";
export { TextFeaturizer } from "./text-featurizer.js";
export {
  type LabelledText,
  type TextTrainOptions,
  type TrainedText,
  trainTextClassifier,
} from "./train-text-classifier.js";
export { type TextTask, TRAINING_PRESETS } from "./training-presets.js";
