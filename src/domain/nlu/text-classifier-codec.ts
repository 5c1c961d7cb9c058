import { z } from "zod";
import {
  decodeRows,
  deserializeSoftmax,
  encodeRows,
  SerializedSoftmax,
  SparseRows,
  serializeSoftmax,
} from "../ml/model-codec.js";
import { FeatureConfig } from "./feature-config.js";
import type { Segmenter } from "./segmenter.js";
import { TextClassifier } from "./text-classifier.js";
import { TextFeaturizer } from "./text-featurizer.js";

/** Feature multipliers stored as a common base value plus sparse differences from it. */
const SerializedScale = z.object({ base: z.number(), diff: SparseRows });

/** JSON-safe form of a TextClassifier (the `model.json` of a model directory). */
export const SerializedTextClassifier = z.object({
  format: z.literal("kefu-text-classifier"),
  version: z.literal(1),
  labels: z.array(z.string().min(1)).min(2),
  features: FeatureConfig,
  model: SerializedSoftmax,
  featureScale: SerializedScale.optional(),
});
export type SerializedTextClassifier = z.infer<typeof SerializedTextClassifier>;

/** TextClassifier → plain object. */
export function serializeTextClassifier(classifier: TextClassifier): SerializedTextClassifier {
  const scale = classifier.featureScale;
  return {
    format: "kefu-text-classifier",
    version: 1,
    labels: [...classifier.labels],
    features: { ...classifier.featurizer.config },
    model: serializeSoftmax(classifier.model),
    ...(scale ? { featureScale: encodeScale(scale) } : {}),
  };
}

/** Validated plain object → TextClassifier using the given segmenter. */
export function deserializeTextClassifier(data: SerializedTextClassifier, segmenter: Segmenter): TextClassifier {
  const featurizer = new TextFeaturizer(data.features, segmenter);
  const model = deserializeSoftmax(data.model);
  if (model.dimension !== featurizer.dimension) throw new RangeError("model dimension differs from its feature space");
  const scale = data.featureScale ? decodeScale(data.featureScale, featurizer.dimension) : undefined;
  return new TextClassifier(data.labels, featurizer, model, scale);
}

function encodeScale(scale: Float32Array): z.infer<typeof SerializedScale> {
  // The most common value is the one unseen features share; store only the others.
  const counts = new Map<number, number>();
  for (let i = 0; i < Math.min(scale.length, 4096); i++) {
    const v = scale[i] ?? 0;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let base = 0;
  let best = -1;
  for (const [v, c] of counts) {
    if (c > best) {
      best = c;
      base = v;
    }
  }
  const diff = new Float32Array(scale.length);
  for (let i = 0; i < scale.length; i++) diff[i] = (scale[i] ?? 0) - base;
  return { base, diff: encodeRows(diff, 1) };
}

function decodeScale(data: z.infer<typeof SerializedScale>, dimension: number): Float32Array {
  const scale = decodeRows(data.diff, dimension);
  for (let i = 0; i < scale.length; i++) scale[i] = (scale[i] ?? 0) + data.base;
  return scale;
}
