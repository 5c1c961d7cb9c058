import { z } from "zod";
import { ModelMeta } from "../../../infrastructure/nlu/model-meta.js";
import { StoredEvaluation } from "./model-versions.js";

/** Replies of the model routes, declared so /docs shows them and replies are checked on the way out. */

export const ModelVersionReply = z.object({
  id: z.string(),
  active: z.boolean(),
  meta: ModelMeta,
  evaluation: StoredEvaluation.optional(),
});

export const ModelListReply = z.object({
  models: z.array(
    z.object({
      task: z.enum(["intent", "sentiment"]),
      activeVersion: z.string().nullable(),
      versions: z.array(ModelVersionReply),
    }),
  ),
});

export const ModelEvaluationReply = StoredEvaluation.extend({ meanMillis: z.number() });

export const ModelActivationReply = z.object({
  task: z.enum(["intent", "sentiment"]),
  activeVersion: z.string(),
  /** The running bot switched to the version without a restart. */
  live: z.boolean(),
  appliesAfterRestart: z.boolean(),
});
