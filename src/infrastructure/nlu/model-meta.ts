import { z } from "zod";

/** Figures measured when a model was trained, kept next to it for `kefu eval` and the admin UI. */
export const ModelMetrics = z.object({
  accuracy: z.number(),
  macroPrecision: z.number(),
  macroRecall: z.number(),
  macroF1: z.number(),
  /** Where the figures come from: "held-out" slice of the training data or a "dev" file. */
  split: z.enum(["held-out", "dev"]),
  examples: z.number().int().nonnegative(),
});
export type ModelMetrics = z.infer<typeof ModelMetrics>;

/** `meta.json` of a model directory. */
export const ModelMeta = z.object({
  format: z.literal("kefu-model-meta"),
  version: z.literal(1),
  task: z.enum(["intent", "sentiment"]),
  labels: z.array(z.string()).min(2),
  createdAt: z.string().datetime(),
  trainingExamples: z.number().int().nonnegative(),
  trainMillis: z.number().nonnegative(),
  temperature: z.number().positive(),
  /** Training data file or "resources/nlu/…" for the shipped models. */
  source: z.string(),
  metrics: z.array(ModelMetrics).default([]),
});
export type ModelMeta = z.infer<typeof ModelMeta>;
