import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";
import type { TextClassifier } from "../../domain/nlu/text-classifier.js";
import {
  deserializeTextClassifier,
  SerializedTextClassifier,
  serializeTextClassifier,
} from "../../domain/nlu/text-classifier-codec.js";
import { parseJson } from "../../domain/parse-json.js";
import { ModelMeta } from "./model-meta.js";

/** A model directory holds `model.json` (weights) and `meta.json` (labels, date, metrics). */
export function hasModel(dir: string): boolean {
  return existsSync(join(dir, "model.json")) && existsSync(join(dir, "meta.json"));
}

/**
 * Writes both files atomically (temp file + rename) so a crash never leaves half a model. Temp
 * names are unique so two writers never share one; files are 600 and folders 700.
 */
export async function saveModelDirectory(dir: string, classifier: TextClassifier, meta: ModelMeta): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const files: [string, unknown][] = [
    ["model.json", serializeTextClassifier(classifier)],
    ["meta.json", meta],
  ];
  for (const [name, content] of files) {
    const target = join(dir, name);
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeFile(temp, `${JSON.stringify(content)}\n`, { mode: 0o600 });
    await rename(temp, target);
  }
}

/** Loads and validates a model directory; MODEL_NOT_FOUND when it is missing. */
export async function loadModelDirectory(
  dir: string,
  segmenter: Segmenter,
): Promise<{ classifier: TextClassifier; meta: ModelMeta }> {
  if (!hasModel(dir)) throw new KefuError("MODEL_NOT_FOUND", `no model in ${dir} (expected model.json and meta.json)`);
  const meta = parseJson(ModelMeta, await readFile(join(dir, "meta.json"), "utf8"), join(dir, "meta.json"));
  const data = parseJson(
    SerializedTextClassifier,
    await readFile(join(dir, "model.json"), "utf8"),
    join(dir, "model.json"),
  );
  try {
    return { classifier: deserializeTextClassifier(data, segmenter), meta };
  } catch (cause) {
    throw new KefuError("VALIDATION_FAILED", `${join(dir, "model.json")} is inconsistent: ${String(cause)}`, { cause });
  }
}
