import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { KefuError } from "../../domain/errors/kefu-error.js";

/** Loads an optional package at run time so Kefu runs without it; the error says how to install it. */
export async function importOptional(packageName: string, installHint: string): Promise<Record<string, unknown>> {
  let loaded: unknown;
  try {
    loaded = await import(packageName);
  } catch (cause) {
    throw new KefuError("LLM_UNAVAILABLE", `optional package ${packageName} is not installed; ${installHint}`, {
      cause,
    });
  }
  if (typeof loaded !== "object" || loaded === null) {
    throw new KefuError("LLM_UNAVAILABLE", `optional package ${packageName} did not load as a module`);
  }
  return { ...loaded };
}

/** A user-supplied model path must exist before any heavy package is loaded. */
export function requireModelPath(path: string, what: string): void {
  if (!existsSync(path)) {
    throw new KefuError(
      "MODEL_NOT_FOUND",
      `${what} not found at ${path}; point the setting at a local file or directory`,
    );
  }
}

/** A GGUF file starts with "GGUF" and a little-endian version (2 or 3); anything else is refused early. */
export function requireGgufFile(path: string): void {
  requireModelPath(path, "GGUF model");
  const head = Buffer.alloc(8);
  let read = 0;
  const fd = openSync(path, "r");
  try {
    read = readSync(fd, head, 0, 8, 0);
  } catch (cause) {
    throw new KefuError("MODEL_INVALID", `${path} cannot be read as a GGUF model`, { cause });
  } finally {
    closeSync(fd);
  }
  const version = head.readUInt32LE(4);
  if (read < 8 || head.toString("latin1", 0, 4) !== "GGUF" || version < 2 || version > 3) {
    throw new KefuError("MODEL_INVALID", `${path} is not a GGUF model file (expected the GGUF v2/v3 header)`);
  }
}

/** node-llama-cpp's module, typed from the optional dependency (types only; loaded at run time). */
export type LlamaCppModule = typeof import("node-llama-cpp");

/** Checks a local GGUF model, then loads node-llama-cpp (installed without any download). */
export async function loadLlamaCpp(ggufPath: string): Promise<LlamaCppModule> {
  requireGgufFile(ggufPath);
  try {
    return await import("node-llama-cpp");
  } catch (cause) {
    throw new KefuError(
      "LLM_UNAVAILABLE",
      "optional package node-llama-cpp is not installed; install with NODE_LLAMA_CPP_SKIP_DOWNLOAD=true npm install --save-optional node-llama-cpp",
      { cause },
    );
  }
}

/** @huggingface/transformers' module, typed from the optional dependency. */
export type TransformersModule = typeof import("@huggingface/transformers");

/**
 * Loads @huggingface/transformers for models under a directory on disk, with remote models switched
 * off: by default the library would fetch from the Hugging Face hub, which Kefu never does.
 */
export async function loadTransformers(modelsDir: string): Promise<TransformersModule> {
  requireModelPath(modelsDir, "transformers model directory");
  let mod: TransformersModule;
  try {
    mod = await import("@huggingface/transformers");
  } catch (cause) {
    throw new KefuError(
      "LLM_UNAVAILABLE",
      "optional package @huggingface/transformers is not installed; install with ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install --save-optional @huggingface/transformers",
      { cause },
    );
  }
  mod.env.allowRemoteModels = false;
  mod.env.allowLocalModels = true;
  mod.env.localModelPath = modelsDir;
  return mod;
}
