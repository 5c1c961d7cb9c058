import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLlmUnderstander } from "../../application/llm/llm-understander.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import {
  createLlamaCppLanguageModel,
  type LlamaCppLanguageModel,
  parseLocalToolCalls,
} from "./llama-cpp-language-model.js";
import { tinyLlamaGguf } from "./tiny-gguf-model.fixture.js";

const dir = mkdtempSync(join(tmpdir(), "kefu-gguf-"));

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  const e = await p.catch((err: unknown) => err);
  return KefuError.isInstance(e) ? e.code : undefined;
}

describe("node-llama-cpp with a user-supplied GGUF path", () => {
  it("a missing file is MODEL_NOT_FOUND", async () => {
    expect(await codeOf(createLlamaCppLanguageModel({ ggufPath: join(dir, "none.gguf"), timeoutMs: 1000 }))).toBe(
      "MODEL_NOT_FOUND",
    );
  });

  it("a file that is not GGUF is MODEL_INVALID, checked from its header", async () => {
    const file = join(dir, "notes.gguf");
    writeFileSync(file, "this is not a model at all");
    const e = await createLlamaCppLanguageModel({ ggufPath: file, timeoutMs: 1000 }).catch((err: unknown) => err);
    expect(KefuError.isInstance(e) && e.code).toBe("MODEL_INVALID");
    expect(String(e)).toContain("not a GGUF model file");
  });

  it("a GGUF header over a broken body is MODEL_INVALID from the loader", async () => {
    const file = join(dir, "truncated.gguf");
    const head = Buffer.alloc(24);
    head.write("GGUF", 0, "latin1");
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(5n, 8);
    head.writeBigUInt64LE(100n, 16);
    writeFileSync(file, head);
    expect(await codeOf(createLlamaCppLanguageModel({ ggufPath: file, timeoutMs: 1000 }))).toBe("MODEL_INVALID");
  });
});

// Native generation on shared CI cores: seconds per call, so these tests get a longer budget.
describe("a tiny llama generated on the spot, run by the prebuilt llama.cpp binary", { timeout: 90_000 }, () => {
  let model: LlamaCppLanguageModel;
  beforeAll(async () => {
    const file = join(dir, "tiny.gguf");
    writeFileSync(file, tinyLlamaGguf());
    model = await createLlamaCppLanguageModel({ ggufPath: file, timeoutMs: 20_000, maxTokens: 6 });
  }, 60_000);
  afterAll(async () => {
    await model?.dispose();
  });

  it("generates text with token usage and latency", async () => {
    const r = await model.generate({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "hello" },
      ],
      temperature: 0,
    });
    expect(model.modelId).toBe("tiny.gguf");
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.toolCalls).toEqual([]);
    expect(r.usage.inputTokens).toBeGreaterThan(5);
    expect(r.usage.outputTokens).toBeGreaterThan(0);
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("streams the same text it reports when done", async () => {
    const { textStream, done } = model.stream({ messages: [{ role: "user", content: "hi" }], temperature: 0 });
    const parts: string[] = [];
    for await (const p of textStream) parts.push(p);
    const result = await done;
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.join("")).toBe(result.text);
  });

  it("structured output runs under a JSON grammar; a cut-off object is LLM_UNAVAILABLE, never half an object", async () => {
    const e = await model
      .generateObject({ messages: [{ role: "user", content: "answer" }] }, z.object({ answer: z.string() }))
      .catch((err: unknown) => err);
    // Six tokens of a random model cannot complete the object, so the typed failure is the only outcome.
    expect(KefuError.isInstance(e) && e.code).toBe("LLM_UNAVAILABLE");
  });

  it("tool calls cut off by the token cap are a model failure, so understanding stays local", async () => {
    const local = {
      understand: async () => ({
        nlu: {
          language: "en" as const,
          intent: "greeting" as const,
          confidence: 1,
          ranking: [],
          entities: [],
          sentiment: { label: "neutral" as const, score: 0, anger: false },
        },
        commands: [{ type: "chitchat" as const, intent: "greeting" as const }],
        source: "local" as const,
      }),
    };
    const outcomes: string[] = [];
    const understander = createLlmUnderstander({ model, local, onCall: (c) => void outcomes.push(c.outcome) });
    const u = await understander.understand("hello", { locale: "en", history: [], verified: false });
    expect(u.source).toBe("local");
    expect(outcomes).toEqual(["failed"]);
  });
});

describe("parseLocalToolCalls", () => {
  it("reads grammar-shaped calls; bad argument JSON stays a string for zod to reject", () => {
    expect(
      parseLocalToolCalls(
        '{"calls":[{"name":"start_flow","arguments":"{\\"flow\\":\\"return\\"}"},{"name":"deny","arguments":"{oops"}]}',
      ),
    ).toEqual([
      { name: "start_flow", input: { flow: "return" } },
      { name: "deny", input: "{oops" },
    ]);
    expect(() => parseLocalToolCalls('{"calls":[{"name":"deny"')).toThrow(KefuError);
  });
});
