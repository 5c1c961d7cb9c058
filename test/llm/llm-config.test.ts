import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KefuError } from "../../src/domain/errors/kefu-error.js";
import { openDialogSession } from "../../src/drivers/cli/commands/dialog-session.js";
import { loadConfig } from "../../src/drivers/config/load-config.js";
import { loadDefaultNlu } from "../../src/infrastructure/nlu/load-default-nlu.js";

describe("LLM settings from the environment", () => {
  it("an endpoint with prices and retries", () => {
    const config = loadConfig({
      KEFU_LLM_BASE_URL: "https://api.deepseek.com/v1",
      KEFU_LLM_MODEL: "deepseek-chat",
      KEFU_LLM_API_KEY: "sk-test",
      KEFU_LLM_PRICE_INPUT: "0.27",
      KEFU_LLM_PRICE_OUTPUT: "1.1",
      KEFU_LLM_MAX_RETRIES: "2",
    });
    expect(config.llm).toEqual({
      baseUrl: "https://api.deepseek.com/v1",
      model: "deepseek-chat",
      apiKey: "sk-test",
      timeoutMs: 15_000,
      maxRetries: 2,
      prices: { inputPerMillion: 0.27, outputPerMillion: 1.1 },
    });
  });

  it("a local GGUF file needs no endpoint; the model is named after the file", () => {
    const config = loadConfig({ KEFU_LLM_GGUF_PATH: "/models/qwen2.5-1.5b-instruct-q4_k_m.gguf" });
    expect(config.llm).toMatchObject({
      ggufPath: "/models/qwen2.5-1.5b-instruct-q4_k_m.gguf",
      model: "qwen2.5-1.5b-instruct-q4_k_m.gguf",
      maxRetries: 0,
    });
  });

  it("nothing set keeps Kefu in local mode; a half-set endpoint too", () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(loadConfig({ KEFU_LLM_BASE_URL: "http://127.0.0.1:11434/v1" }).llm).toBeUndefined();
  });

  it("a bad price or retry count stops start-up", () => {
    expect(() => loadConfig({ KEFU_LLM_PRICE_INPUT: "-1" })).toThrow(KefuError);
    expect(() => loadConfig({ KEFU_LLM_MAX_RETRIES: "9" })).toThrow(KefuError);
  });
});

describe("an agent over a GGUF path that is not a model", () => {
  it("fails at start with MODEL_INVALID rather than at the shopper's first message", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kefu-gguf-")), "model.gguf");
    writeFileSync(file, "<html>a download error page saved as a model</html>");
    const llm = loadConfig({ KEFU_LLM_GGUF_PATH: file }).llm;
    const nlu = await loadDefaultNlu({ dataDir: join(tmpdir(), "kefu-test-nlu-models") });
    const e = await openDialogSession({ nlu, locale: "en", ...(llm ? { llm } : {}) }).catch((err: unknown) => err);
    expect(KefuError.isInstance(e) && e.code).toBe("MODEL_INVALID");
    expect(String(e)).toContain(file);
  });
});
