import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { loadTransformers, requireModelPath } from "./optional-module.js";

/** Sentence embeddings from a local model: one unit-length vector per text. */
export interface TextEmbedder {
  readonly modelId: string;
  embed(texts: string[]): Promise<number[][]>;
}

/** The files transformers needs to run a feature-extraction model offline. */
const REQUIRED = ["config.json", "tokenizer.json", join("onnx", "model.onnx")];

/**
 * Local embeddings via @huggingface/transformers from a model directory the operator supplies
 * (config.json, tokenizer.json, onnx/model.onnx); nothing is fetched from the hub.
 */
export async function createTransformersEmbedder(modelDir: string): Promise<TextEmbedder> {
  requireModelPath(modelDir, "embedding model directory");
  const missing = REQUIRED.filter((f) => !existsSync(join(modelDir, f)));
  if (missing.length) {
    throw new KefuError(
      "MODEL_INVALID",
      `${modelDir} is not a transformers model directory: missing ${missing.join(", ")}`,
    );
  }
  const mod = await loadTransformers(dirname(modelDir));
  const modelId = basename(modelDir);
  let extract: Awaited<ReturnType<typeof mod.pipeline<"feature-extraction">>>;
  try {
    extract = await mod.pipeline("feature-extraction", modelId, { local_files_only: true, dtype: "fp32" });
  } catch (cause) {
    throw new KefuError("MODEL_INVALID", `${modelDir} could not be loaded: ${String(cause)}`, { cause });
  }
  return {
    modelId,
    async embed(texts) {
      if (texts.length === 0) return [];
      const output = await extract(texts, { pooling: "mean", normalize: true });
      const rows: unknown = output.tolist();
      if (!Array.isArray(rows)) throw new KefuError("INTERNAL", "embedding output is not a matrix");
      return rows.map((row: unknown) => (Array.isArray(row) ? row.map(Number) : []));
    },
  };
}
