import { existsSync } from "node:fs";
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

/** Checks a local GGUF model and node-llama-cpp before a local provider is built. */
export async function loadLlamaCpp(ggufPath: string): Promise<Record<string, unknown>> {
  requireModelPath(ggufPath, "GGUF model");
  const mod = await importOptional(
    "node-llama-cpp",
    "install with NODE_LLAMA_CPP_SKIP_DOWNLOAD=true npm install --save-optional node-llama-cpp",
  );
  if (typeof mod.getLlama !== "function") {
    throw new KefuError("LLM_UNAVAILABLE", "node-llama-cpp does not export getLlama; unsupported version");
  }
  return mod;
}

/**
 * Loads @huggingface/transformers for a model directory on disk, with remote models switched
 * off: by default the library would fetch from the Hugging Face hub, which Kefu never does.
 */
export async function loadTransformers(modelDir: string): Promise<Record<string, unknown>> {
  requireModelPath(modelDir, "transformers model directory");
  const mod = await importOptional(
    "@huggingface/transformers",
    "install with ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install --save-optional @huggingface/transformers",
  );
  const env = mod.env;
  if (typeof env !== "object" || env === null || !("allowRemoteModels" in env)) {
    throw new KefuError("LLM_UNAVAILABLE", "@huggingface/transformers has no env settings; unsupported version");
  }
  Object.assign(env, { allowRemoteModels: false, allowLocalModels: true, localModelPath: modelDir });
  return mod;
}
