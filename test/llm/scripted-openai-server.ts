import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A canned reply: text, tool calls, an HTTP error, a raw body, or a delay (for timeouts). */
export interface CannedReply {
  text?: string;
  toolCalls?: { name: string; arguments: unknown }[];
  status?: number;
  rawBody?: string;
  delayMs?: number;
}

export interface RecordedRequest {
  body: Record<string, unknown>;
  raw: string;
  /** When it arrived (performance.now()), to measure retry backoff. */
  at: number;
}

export type Script = CannedReply[] | ((request: Record<string, unknown>) => CannedReply);

export interface ScriptedOpenAiServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function toolCallsJson(reply: CannedReply) {
  return (reply.toolCalls ?? []).map((c, i) => ({
    id: `call_${i}`,
    type: "function",
    function: { name: c.name, arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments) },
  }));
}

const usage = { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 };

function sendJson(res: ServerResponse, reply: CannedReply): void {
  const calls = toolCallsJson(reply);
  const body = {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1,
    model: "scripted",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: reply.text ?? null, ...(calls.length ? { tool_calls: calls } : {}) },
        finish_reason: calls.length ? "tool_calls" : "stop",
      },
    ],
    usage,
  };
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function sendSse(res: ServerResponse, reply: CannedReply): void {
  res.writeHead(200, { "content-type": "text/event-stream" });
  const chunk = (delta: Record<string, unknown>, finish: string | null, withUsage = false) =>
    `data: ${JSON.stringify({
      id: "chatcmpl-test",
      object: "chat.completion.chunk",
      created: 1,
      model: "scripted",
      choices: [{ index: 0, delta, finish_reason: finish }],
      ...(withUsage ? { usage } : {}),
    })}\n\n`;
  res.write(chunk({ role: "assistant", content: "" }, null));
  // Split text into small pieces so clients really see several deltas.
  for (const piece of (reply.text ?? "").match(/.{1,4}/gsu) ?? []) res.write(chunk({ content: piece }, null));
  const calls = toolCallsJson(reply);
  calls.forEach((c, index) => {
    res.write(chunk({ tool_calls: [{ index, ...c }] }, null));
  });
  res.write(chunk({}, calls.length ? "tool_calls" : "stop", true));
  res.end("data: [DONE]\n\n");
}

/** OpenAI chat-completions server on 127.0.0.1, scripted per test; records what it received. */
export async function startScriptedOpenAiServer(script: Script): Promise<ScriptedOpenAiServer> {
  const requests: RecordedRequest[] = [];
  let index = 0;
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404).end();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const body = typeof parsed === "object" && parsed !== null ? { ...parsed } : {};
    requests.push({ body, raw, at: performance.now() });
    const reply = Array.isArray(script) ? (script[index++] ?? { status: 500 }) : script(body);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    if (reply.status && reply.status !== 200) {
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      return;
    }
    if (reply.rawBody !== undefined) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(reply.rawBody);
      return;
    }
    if ("stream" in body && body.stream === true) sendSse(res, reply);
    else sendJson(res, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: string | AddressInfo | null = server.address();
  if (address === null || typeof address === "string") throw new Error("scripted server has no TCP address");
  const { port } = address;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
