import { afterEach, describe, expect, it } from "vitest";
import type { Logger } from "../../src/application/ports/logger.js";
import type { Understander } from "../../src/application/ports/understanding.js";
import { createLlmServices } from "../../src/infrastructure/llm/create-llm-services.js";
import { type ScriptedOpenAiServer, startScriptedOpenAiServer } from "./scripted-openai-server.js";

let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function memoryLogger(lines: Record<string, unknown>[]): Logger {
  const write = (obj: Record<string, unknown>) => void lines.push(obj);
  const logger: Logger = { debug: write, info: write, warn: write, error: write, child: () => logger };
  return logger;
}

const local: Understander = {
  understand: async () => ({
    nlu: {
      language: "zh",
      intent: "return",
      confidence: 0.5,
      ranking: [],
      entities: [],
      sentiment: { label: "neutral", score: 0, anger: false },
    },
    commands: [],
    source: "local",
  }),
};

describe("createLlmServices", () => {
  it("logs the redacted payload and accumulates cost per conversation", async () => {
    server = await startScriptedOpenAiServer([
      { toolCalls: [{ name: "set_slot", arguments: { slot: "phone", value: "⟦PHONE_1⟧" } }] },
    ]);
    const lines: Record<string, unknown>[] = [];
    const { understander, ledger } = createLlmServices({
      llm: { baseUrl: server.baseUrl, model: "m", apiKey: "k", timeoutMs: 1000 },
      conversationId: "conv-1",
      local,
      logger: memoryLogger(lines),
      prices: { inputPerMillion: 1_000_000, outputPerMillion: 0 },
    });
    const u = await understander.understand("我的手机是13812345678", { locale: "zh", history: [], verified: false });
    expect(u.commands).toEqual([{ type: "set_slot", slot: "phone", value: "13812345678" }]);
    const audit = lines.find((l) => "sent" in l);
    expect(JSON.stringify(audit?.sent)).toContain("⟦PHONE_1⟧");
    expect(JSON.stringify(lines)).not.toContain("13812345678");
    expect(ledger.get("conv-1")?.costUsd).toBe(11);
  });
});
