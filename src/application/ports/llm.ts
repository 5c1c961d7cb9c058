import type { z } from "zod";

/** One chat message; content is already PII-redacted by the caller. */
export interface LlmMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** A tool the model may call; the schema validates arguments at the boundary. */
export interface LlmTool {
  description: string;
  parameters: z.ZodType;
}

/** A tool call as the model emitted it; `input` is unvalidated until the caller parses it. */
export interface LlmToolCall {
  name: string;
  input: unknown;
}

export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface LlmRequest {
  messages: LlmMessage[];
  tools?: Record<string, LlmTool>;
  /** Aborts the call; the adapter also applies its own timeout. */
  signal?: AbortSignal;
  temperature?: number;
}

export interface LlmResult {
  text: string;
  toolCalls: LlmToolCall[];
  usage: LlmUsage;
  latencyMs: number;
}

/** A JSON answer already validated against the caller's zod schema. */
export interface LlmObjectResult<T> {
  object: T;
  usage: LlmUsage;
  latencyMs: number;
}

/** Vendor-neutral chat model: the application never imports an SDK directly. */
export interface LanguageModel {
  readonly modelId: string;
  generate(request: LlmRequest): Promise<LlmResult>;
  /** Structured output: one JSON object validated with `schema` (tools are ignored). */
  generateObject<S extends z.ZodType>(request: LlmRequest, schema: S): Promise<LlmObjectResult<z.infer<S>>>;
  /** Streams text deltas; resolves usage when the stream ends. */
  stream(request: LlmRequest): { textStream: AsyncIterable<string>; done: Promise<Omit<LlmResult, "toolCalls">> };
}
