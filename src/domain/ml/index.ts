// Public API of Kefu's small learning toolkit: hashed sparse features, linear models, calibration, metrics.
export { base64ToFloat32, float32ToBase64 } from "./base64.js";
export { fitPlatt, fitTemperature } from "./calibration.js";
export { FeatureHasher, hashString } from "./feature-hasher.js";
export { logCountRatios, ratioFeatureScale } from "./log-count-ratio.js";
export {
  type BinaryExample,
  type LogisticModel,
  type LogisticTrainOptions,
  logisticMargin,
  predictPositive,
  sigmoid,
  trainLogistic,
} from "./logistic-model.js";
export {
  type ClassificationReport,
  type ClassScores,
  type Confusion,
  classificationReport,
  rocAuc,
  topConfusions,
} from "./metrics.js";
export {
  decodeRows,
  deserializeLogistic,
  deserializeSoftmax,
  encodeRows,
  SerializedLogistic,
  SerializedSoftmax,
  SparseRows,
  serializeLogistic,
  serializeSoftmax,
} from "./model-codec.js";
export { seededRandom, shuffledIndices, shuffleInPlace } from "./seeded-random.js";
export { argmax, createSoftmaxModel, predictProba, type SoftmaxModel, softmaxLogits } from "./softmax-model.js";
export {
  EMPTY_SPARSE,
  normalizeInPlace,
  type SparseVector,
  type SparseWeighting,
  scaleSparse,
  sparseFromIndices,
} from "./sparse-vector.js";
export { stratifiedSplit } from "./stratified-split.js";
export { type LabelledVector, type SoftmaxTrainOptions, trainSoftmax } from "./train-softmax.js";
