import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { KefuError } from "../../src/domain/errors/kefu-error.js";
import { createAiSdkLanguageModel } from "../../src/infrastructure/llm/ai-sdk-language-model.js";
import { type Script, type ScriptedOpenAiServer, startScriptedOpenAiServer } from "./scripted-openai-server.js";

let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function modelFor(script: Script, timeoutMs = 2000) {
  server = await startScriptedOpenAiServer(script);
  return createAiSdkLanguageModel({
    baseUrl: server.baseUrl,
    model: "scripted",
    apiKey: "k",
    timeoutMs,
    maxRetries: 1,
  });
}

describe("AI SDK language model against a scripted OpenAI server", () => {
  it("returns text and token usage", async () => {
    const model = await modelFor([{ text: "您好，订单已发货。" }]);
    const result = await model.generate({ messages: [{ role: "user", content: "hi" }] });
    expect(result.text).toBe("您好，订单已发货。");
    expect(result.usage).toEqual({ inputTokens: 11, outputTokens: 7 });
    expect(server?.requests[0]?.body.model).toBe("scripted");
  });

  it("sends tools as JSON schema and returns raw tool calls", async () => {
    const model = await modelFor([{ toolCalls: [{ name: "start_flow", arguments: { flow: "return" } }] }]);
    const result = await model.generate({
      messages: [{ role: "user", content: "I want to return it" }],
      tools: { start_flow: { description: "start a flow", parameters: z.object({ flow: z.string() }) } },
    });
    expect(result.toolCalls).toEqual([{ name: "start_flow", input: { flow: "return" } }]);
    const sent = JSON.stringify(server?.requests[0]?.body.tools);
    expect(sent).toContain("start_flow");
    expect(sent).toContain('"flow"');
  });

  it("streams text deltas over SSE", async () => {
    const model = await modelFor([{ text: "Your refund is on its way." }]);
    const { textStream, done } = model.stream({ messages: [{ role: "user", content: "refund?" }] });
    const parts: string[] = [];
    for await (const p of textStream) parts.push(p);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe("Your refund is on its way.");
    expect((await done).usage.outputTokens).toBe(7);
  });

  it("retries a 500 then succeeds", async () => {
    // The SDK backs off ~2 s before the retry, so allow a longer timeout here.
    const model = await modelFor([{ status: 500 }, { text: "ok" }], 10_000);
    const result = await model.generate({ messages: [{ role: "user", content: "x" }] });
    expect(result.text).toBe("ok");
    expect(server?.requests).toHaveLength(2);
    const [first, second] = server?.requests ?? [];
    // Backoff, not an immediate retry.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThan(1000);
  }, 15_000);

  it("structured output: asks for a JSON object, states the schema, validates with zod", async () => {
    const Verdict = z.object({ supported: z.boolean(), articleIds: z.array(z.string()) });
    const model = await modelFor([{ text: '{"supported": true, "articleIds": ["kb-returns"]}' }]);
    const result = await model.generateObject({ messages: [{ role: "user", content: "is it in the KB?" }] }, Verdict);
    expect(result.object).toEqual({ supported: true, articleIds: ["kb-returns"] });
    expect(result.usage).toEqual({ inputTokens: 11, outputTokens: 7 });
    const body = server?.requests[0]?.body;
    expect(body?.response_format).toEqual({ type: "json_object" });
    expect(JSON.stringify(body?.messages)).toContain('\\"articleIds\\"');
  });

  it.each([
    ["not JSON", "sure, here you go"],
    ["JSON of the wrong shape", '{"supported": "maybe"}'],
  ])("structured output: %s is LLM_UNAVAILABLE", async (_what, text) => {
    const model = await modelFor([{ text }, { text }]);
    const error = await model
      .generateObject({ messages: [{ role: "user", content: "x" }] }, z.object({ supported: z.boolean() }))
      .catch((e: unknown) => e);
    expect(KefuError.isInstance(error) && error.code).toBe("LLM_UNAVAILABLE");
  });

  it("throws LLM_UNAVAILABLE on timeout", async () => {
    const model = await modelFor([{ delayMs: 1000, text: "late" }], 150);
    const error = await model.generate({ messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
    expect(KefuError.isInstance(error) && error.code).toBe("LLM_UNAVAILABLE");
  });

  it("throws LLM_UNAVAILABLE on garbage", async () => {
    const model = await modelFor([{ rawBody: "<html>nope" }]);
    const error = await model.generate({ messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
    expect(KefuError.isInstance(error) && error.code).toBe("LLM_UNAVAILABLE");
  });
});
