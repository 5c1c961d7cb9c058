import { basename } from "node:path";
import type { ChatHistoryItem, LlamaContext, LlamaGrammar, LlamaModel } from "node-llama-cpp";
import { z } from "zod";
import type { LanguageModel, LlmRequest, LlmResult, LlmTool, LlmToolCall } from "../../application/ports/llm.js";
import type { Logger } from "../../application/ports/logger.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { parseJson } from "../../domain/parse-json.js";
import { loadLlamaCpp } from "./optional-module.js";
import { textChannel } from "./text-channel.js";

export interface LlamaCppModelConfig {
  /** A GGUF file the operator supplies; Kefu never downloads one. */
  ggufPath: string;
  timeoutMs: number;
  /** Upper bound of the context window; the model's own limit applies when smaller. */
  contextSize?: number;
  /** Generation cap per call. */
  maxTokens?: number;
  logger?: Logger;
}

/** A loaded local model; `dispose` frees the native memory. */
export interface LlamaCppLanguageModel extends LanguageModel {
  dispose(): Promise<void>;
}

/** What the grammar forces a local model to write when tools are offered. */
const ToolCallsJson = z.object({ calls: z.array(z.object({ name: z.string(), arguments: z.string() })) });

/** Arguments the caller validates; unparsable ones stay a string so validation explains the problem. */
function argumentsOf(json: string): unknown {
  try {
    return parseJson(z.unknown(), json || "{}", "tool arguments");
  } catch {
    return json;
  }
}

/** The grammar-shaped answer of a local model as raw tool calls (validated later with zod). */
export function parseLocalToolCalls(text: string): LlmToolCall[] {
  return parseJson(ToolCallsJson, text, "local model tool calls").calls.map((c) => ({
    name: c.name,
    input: argumentsOf(c.arguments),
  }));
}

function toolsPrompt(tools: Record<string, LlmTool>): string {
  const lines = Object.entries(tools).map(
    ([name, t]) => `- ${name}: ${t.description} Arguments: ${JSON.stringify(z.toJSONSchema(t.parameters))}`,
  );
  return [
    'Answer only with JSON {"calls": [{"name": tool, "arguments": JSON-encoded arguments}]}. Tools:',
    ...lines,
  ].join("\n");
}

/** Earlier messages become the session history; the last user message is the prompt. */
function splitMessages(
  request: LlmRequest,
  extraSystem: string | undefined,
): { history: ChatHistoryItem[]; prompt: string } {
  const system = [...request.messages.filter((m) => m.role === "system").map((m) => m.content), extraSystem]
    .filter((s): s is string => Boolean(s))
    .join("\n\n");
  const turns = request.messages.filter((m) => m.role !== "system");
  const last = turns.at(-1);
  const prompt = last?.role === "user" ? last.content : "";
  const earlier = last?.role === "user" ? turns.slice(0, -1) : turns;
  const history: ChatHistoryItem[] = system ? [{ type: "system", text: system }] : [];
  for (const m of earlier) {
    history.push(m.role === "user" ? { type: "user", text: m.content } : { type: "model", response: [m.content] });
  }
  return { history, prompt };
}

function signalFor(request: LlmRequest, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
}

/**
 * A fully local LanguageModel over node-llama-cpp. Tool calls are produced under a JSON grammar
 * (so even small models emit well-formed calls) and then validated with zod like any provider's.
 */
export async function createLlamaCppLanguageModel(config: LlamaCppModelConfig): Promise<LlamaCppLanguageModel> {
  const mod = await loadLlamaCpp(config.ggufPath);
  // build: "never" — use the prebuilt binary from npm; never compile or download at run time.
  const llama = await mod.getLlama({ build: "never", logLevel: mod.LlamaLogLevel.error });
  let model: LlamaModel;
  let context: LlamaContext;
  try {
    model = await llama.loadModel({ modelPath: config.ggufPath });
  } catch (cause) {
    await llama.dispose();
    throw new KefuError("MODEL_INVALID", `${config.ggufPath} could not be loaded as a model: ${String(cause)}`, {
      cause,
    });
  }
  try {
    context = await model.createContext({ contextSize: { max: config.contextSize ?? 4096 } });
  } catch (cause) {
    await model.dispose();
    await llama.dispose();
    throw new KefuError("LLM_UNAVAILABLE", `no memory for a context of ${config.ggufPath}`, { cause });
  }
  const grammar = await llama.createGrammarForJsonSchema({
    type: "object",
    properties: {
      calls: {
        type: "array",
        items: { type: "object", properties: { name: { type: "string" }, arguments: { type: "string" } } },
      },
    },
  });
  const modelId = basename(config.ggufPath);
  const count = (text: string) => (text ? model.tokenize(text).length : 0);
  // One context sequence: calls take turns rather than failing.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function run(request: LlmRequest, onText?: (chunk: string) => void, forced?: LlamaGrammar): Promise<LlmResult> {
    const started = performance.now();
    const tools = request.tools && Object.keys(request.tools).length ? request.tools : undefined;
    const { history, prompt } = splitMessages(request, tools ? toolsPrompt(tools) : undefined);
    const session = new mod.LlamaChatSession({ contextSequence: context.getSequence(), autoDisposeSequence: true });
    try {
      session.setChatHistory(history);
      const text = await session.prompt(prompt, {
        signal: signalFor(request, config.timeoutMs),
        maxTokens: config.maxTokens ?? 512,
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        ...(tools ? { grammar } : forced ? { grammar: forced } : {}),
        ...(onText ? { onTextChunk: onText } : {}),
      });
      const sentText = [...history.map((h) => JSON.stringify(h)), prompt].join("\n");
      const usage = { inputTokens: count(sentText), outputTokens: count(text) };
      const latencyMs = Math.round(performance.now() - started);
      config.logger?.info({ model: modelId, latencyMs, ...usage }, "llama.cpp generate");
      const toolCalls = tools ? parseLocalToolCalls(text) : [];
      return { text: tools ? "" : text, toolCalls, usage, latencyMs };
    } catch (cause) {
      config.logger?.warn({ model: modelId, err: String(cause) }, "llama.cpp generate failed");
      throw new KefuError("LLM_UNAVAILABLE", "the local model did not answer", { cause });
    } finally {
      session.dispose();
    }
  }

  const jsonGrammar = await llama.getGrammarFor("json");

  return {
    modelId,
    generate: (request) => serial(() => run(request)),
    async generateObject(request, schema) {
      const shape = JSON.stringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));
      const instruction = `Answer with one JSON object only, valid against this JSON schema:\n${shape}`;
      const { tools: _tools, ...plain } = request;
      const asked = { ...plain, messages: [{ role: "system" as const, content: instruction }, ...plain.messages] };
      const r = await serial(() => run(asked, undefined, jsonGrammar));
      try {
        return { object: parseJson(schema, r.text, "local model output"), usage: r.usage, latencyMs: r.latencyMs };
      } catch (cause) {
        throw new KefuError("LLM_UNAVAILABLE", "the local model's JSON did not match the schema", { cause });
      }
    },
    stream(request) {
      const channel = textChannel();
      const { tools: _tools, ...plain } = request;
      const done = serial(() => run(plain, channel.push)).then(
        (r) => {
          channel.end();
          return { text: r.text, usage: r.usage, latencyMs: r.latencyMs };
        },
        (err: unknown) => {
          channel.fail(err);
          throw err;
        },
      );
      return { textStream: channel.stream, done };
    },
    async dispose() {
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    },
  };
}
