import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { importOptional, loadLlamaCpp, loadTransformers } from "./optional-module.js";
import { tinyLlamaGguf } from "./tiny-gguf-model.fixture.js";
import { tinyDoublingModel } from "./tiny-onnx-model.fixture.js";

async function errorOf(p: Promise<unknown>): Promise<KefuError | undefined> {
  const e = await p.catch((err: unknown) => err);
  return KefuError.isInstance(e) ? e : undefined;
}

describe("optional local providers", () => {
  it("a missing GGUF path gives MODEL_NOT_FOUND before anything loads", async () => {
    expect((await errorOf(loadLlamaCpp("/nonexistent/model.gguf")))?.code).toBe("MODEL_NOT_FOUND");
  });

  it("a package that is not installed gives LLM_UNAVAILABLE with the install hint", async () => {
    const e = await errorOf(importOptional("kefu-no-such-package", "install it with npm"));
    expect(e?.code).toBe("LLM_UNAVAILABLE");
    expect(e?.message).toContain("install it with npm");
  });

  it("loads the installed node-llama-cpp (optional dependency) for an existing GGUF path", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kefu-gguf-")), "tiny.gguf");
    writeFileSync(file, tinyLlamaGguf());
    const mod = await loadLlamaCpp(file);
    expect(typeof mod.getLlama).toBe("function");
  });

  it("loads @huggingface/transformers (optional dependency) through the same path", async () => {
    const mod = await importOptional("@huggingface/transformers", "n/a");
    expect(typeof mod.pipeline).toBe("function");
  });
});

describe("transformers' ONNX runtime, offline", () => {
  it("refuses remote models and runs a tiny model generated on the spot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kefu-onnx-"));
    const mod = await loadTransformers(dir);
    expect(mod.env).toMatchObject({ allowRemoteModels: false, localModelPath: dir });
    // The runtime transformers runs on, from its npm package alone (no postinstall download).
    const { InferenceSession, Tensor } = await import("onnxruntime-node");
    const file = join(dir, "double.onnx");
    writeFileSync(file, tinyDoublingModel(3));
    const session = await InferenceSession.create(file);
    const out = await session.run({ x: new Tensor("float32", Float32Array.from([1, 2, 3.5]), [3]) });
    const y = out.y?.data;
    expect(y instanceof Float32Array ? Array.from(y) : y).toEqual([2, 4, 7]);
  });
});
