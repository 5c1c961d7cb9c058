import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateObject, generateText, jsonSchema, type ModelMessage, streamText, type ToolSet, tool } from "ai";
import { z } from "zod";
import type { LanguageModel, LlmRequest, LlmResult, LlmTool } from "../../application/ports/llm.js";
import type { Logger } from "../../application/ports/logger.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { parseValue } from "../../domain/parse-json.js";

export interface AiSdkModelConfig {
  baseUrl: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
  /** SDK retries with exponential backoff on 429/5xx. */
  maxRetries?: number;
  logger?: Logger;
}

/** Tools are sent as plain JSON schema without SDK validation: the application validates with zod. */
function toToolSet(tools: Record<string, LlmTool> | undefined): ToolSet | undefined {
  if (!tools) return undefined;
  const set: ToolSet = {};
  for (const [name, t] of Object.entries(tools)) {
    const schema = z.toJSONSchema(t.parameters, { io: "input", unrepresentable: "any" });
    set[name] = tool({ description: t.description, inputSchema: jsonSchema(schema) });
  }
  return set;
}

/** System text goes in the SDK's `system` option so it is never mixed with conversation messages. */
function toPrompt(request: LlmRequest): { system?: string; messages: ModelMessage[] } {
  const system = request.messages.filter((m) => m.role === "system").map((m) => m.content);
  const messages = request.messages.flatMap((m): ModelMessage[] =>
    m.role === "system" ? [] : [{ role: m.role, content: m.content }],
  );
  return system.length ? { system: system.join("\n\n"), messages } : { messages };
}

function signalFor(request: LlmRequest, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
}

/** The schema travels in the prompt: many compatible servers accept json_object but not json_schema. */
function withSchemaInstruction(request: LlmRequest, schema: z.ZodType): LlmRequest {
  const shape = JSON.stringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));
  const instruction = `Answer with one JSON object only, valid against this JSON schema:\n${shape}`;
  return { ...request, messages: [{ role: "system", content: instruction }, ...request.messages] };
}

/** LanguageModel over any OpenAI-compatible endpoint (OpenAI, DeepSeek, DashScope, vLLM, Ollama, llama.cpp). */
export function createAiSdkLanguageModel(config: AiSdkModelConfig): LanguageModel {
  const provider = createOpenAICompatible({
    name: "kefu-llm",
    baseURL: config.baseUrl,
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  });
  const model = provider.chatModel(config.model);
  const maxRetries = config.maxRetries ?? 2;
  const log = config.logger;

  return {
    modelId: config.model,
    async generate(request): Promise<LlmResult> {
      const started = performance.now();
      const tools = toToolSet(request.tools);
      try {
        const result = await generateText({
          model,
          ...toPrompt(request),
          ...(tools ? { tools } : {}),
          maxRetries,
          abortSignal: signalFor(request, config.timeoutMs),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        });
        const latencyMs = Math.round(performance.now() - started);
        const usage = { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 };
        log?.info({ model: config.model, latencyMs, ...usage }, "llm generate");
        return {
          text: result.text,
          toolCalls: result.toolCalls.map((c) => ({ name: c.toolName, input: c.input })),
          usage,
          latencyMs,
        };
      } catch (cause) {
        const latencyMs = Math.round(performance.now() - started);
        log?.warn({ model: config.model, latencyMs, err: String(cause) }, "llm generate failed");
        throw new KefuError("LLM_UNAVAILABLE", "the language model did not answer", { cause });
      }
    },
    async generateObject(request, schema) {
      const started = performance.now();
      let value: unknown;
      let usage = { inputTokens: 0, outputTokens: 0 };
      try {
        // "no-schema" asks for response_format json_object; zod below is the one validator.
        const result = await generateObject({
          model,
          output: "no-schema",
          ...toPrompt(withSchemaInstruction(request, schema)),
          maxRetries,
          abortSignal: signalFor(request, config.timeoutMs),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        });
        value = result.object;
        usage = { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 };
      } catch (cause) {
        log?.warn({ model: config.model, err: String(cause) }, "llm object failed");
        throw new KefuError("LLM_UNAVAILABLE", "the language model did not return a JSON object", { cause });
      }
      const latencyMs = Math.round(performance.now() - started);
      log?.info({ model: config.model, latencyMs, ...usage }, "llm object");
      try {
        return { object: parseValue(schema, value, "model output"), usage, latencyMs };
      } catch (cause) {
        throw new KefuError("LLM_UNAVAILABLE", "the language model's JSON did not match the schema", { cause });
      }
    },
    stream(request) {
      const started = performance.now();
      const result = streamText({
        model,
        ...toPrompt(request),
        maxRetries,
        abortSignal: signalFor(request, config.timeoutMs),
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      });
      const done = (async () => {
        try {
          const [text, usage] = await Promise.all([result.text, result.usage]);
          const latencyMs = Math.round(performance.now() - started);
          const u = { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 };
          log?.info({ model: config.model, latencyMs, ...u }, "llm stream");
          return { text, usage: u, latencyMs };
        } catch (cause) {
          throw new KefuError("LLM_UNAVAILABLE", "the language model stream failed", { cause });
        }
      })();
      return { textStream: result.textStream, done };
    },
  };
}
