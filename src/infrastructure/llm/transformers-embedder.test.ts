import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { tinyEmbeddingModelFiles } from "./tiny-onnx-model.fixture.js";
import { createTransformersEmbedder } from "./transformers-embedder.js";

/** Writes a generated model directory; returns its path. */
function modelDir(files: Record<string, string | Uint8Array>): string {
  const dir = join(mkdtempSync(join(tmpdir(), "kefu-embed-")), "tiny-encoder");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function errorOf(p: Promise<unknown>): Promise<KefuError | undefined> {
  const e = await p.catch((err: unknown) => err);
  return KefuError.isInstance(e) ? e : undefined;
}

// Word vectors chosen so pooled sentence vectors are known: "refund" and "money" point the same way.
const VOCAB = ["[PAD]", "[UNK]", "refund", "money", "shipping", "late"];
const ROWS = [
  [0, 0, 0],
  [0, 0, 0],
  [1, 0, 0],
  [3, 0, 0],
  [0, 1, 0],
  [0, 0, 2],
];

describe("local embeddings through @huggingface/transformers, offline", () => {
  it("loads a generated model directory with its own tokenizer and returns mean-pooled unit vectors", async () => {
    const embedder = await createTransformersEmbedder(modelDir(tinyEmbeddingModelFiles(VOCAB, ROWS)));
    expect(embedder.modelId).toBe("tiny-encoder");
    const [refund, mixed, late] = await embedder.embed(["Refund money", "shipping late", "late"]);
    const close = (v: number[] | undefined, want: number[]) => {
      for (const [i, x] of want.entries()) expect(v?.[i]).toBeCloseTo(x, 5);
    };
    close(refund, [1, 0, 0]);
    // mean([0,1,0], [0,0,2]) = [0, 0.5, 1], normalised; the shorter "late" was padded and the padding ignored.
    close(mixed, [0, 0.5 / Math.hypot(0.5, 1), 1 / Math.hypot(0.5, 1)]);
    close(late, [0, 0, 1]);
    expect(await embedder.embed([])).toEqual([]);
  });

  it("a directory without the model files is MODEL_INVALID, a missing one MODEL_NOT_FOUND", async () => {
    const { "onnx/model.onnx": _onnx, ...rest } = tinyEmbeddingModelFiles(VOCAB, ROWS);
    const e = await errorOf(createTransformersEmbedder(modelDir(rest)));
    expect(e?.code).toBe("MODEL_INVALID");
    expect(e?.message).toContain("onnx/model.onnx");
    expect((await errorOf(createTransformersEmbedder("/nonexistent/encoder")))?.code).toBe("MODEL_NOT_FOUND");
  });

  it("a corrupt ONNX file is MODEL_INVALID", async () => {
    const files = { ...tinyEmbeddingModelFiles(VOCAB, ROWS), "onnx/model.onnx": "not a model" };
    expect((await errorOf(createTransformersEmbedder(modelDir(files))))?.code).toBe("MODEL_INVALID");
  });
});
