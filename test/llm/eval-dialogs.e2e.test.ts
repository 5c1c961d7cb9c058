import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkOutcome, EvalDialogFile } from "../../src/application/llm/dialog-eval.js";
import type { LocalNlu } from "../../src/domain/nlu/create-local-nlu.js";
import { parseJson } from "../../src/domain/parse-json.js";
import { createDialogRunner, newTelemetry } from "../../src/drivers/cli/commands/eval-dialog-runner.js";
import { registerEvalDialogsCommand } from "../../src/drivers/cli/commands/eval-dialogs-command.js";
import { loadDefaultNlu } from "../../src/infrastructure/nlu/load-default-nlu.js";
import { type ScriptedOpenAiServer, startScriptedOpenAiServer } from "./scripted-openai-server.js";
import { scriptedShopModel } from "./scripted-shop-model.js";

const FILE = "resources/dialogs/after-sales.json";
let nlu: LocalNlu;
let server: ScriptedOpenAiServer;

beforeAll(async () => {
  nlu = await loadDefaultNlu({ dataDir: join(tmpdir(), "kefu-test-nlu-models") });
  server = await startScriptedOpenAiServer(scriptedShopModel(() => "shop"));
});
afterAll(async () => {
  await server.close();
});

describe("kefu eval dialogs on real demo-seeded SQLite stores", () => {
  it("scripted-LLM mode passes every shipped dialog, twice (pass^2 = 100%)", async () => {
    const telemetry = newTelemetry();
    const runner = createDialogRunner({
      nlu,
      llm: { baseUrl: server.baseUrl, model: "scripted", apiKey: undefined, timeoutMs: 2000 },
      telemetry,
    });
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((s: string) => void lines.push(s));
    const program = new Command().exitOverride();
    registerEvalDialogsCommand(program, runner);
    await program.parseAsync(["eval", "dialogs", FILE, "--mode", "llm", "--repeats", "2"], { from: "user" });
    vi.restoreAllMocks();
    expect(lines.filter((l) => l.startsWith("✗"))).toEqual([]);
    expect(lines.at(-1)).toBe("pass rate: 100.0%  pass^2: 100.0%");
    expect(telemetry.ledger.all().calls).toBeGreaterThan(0);
    // The model, not the local fallback, understood the turns: only the injection attempts are rejected.
    const { dialogs } = parseJson(EvalDialogFile, readFileSync(FILE, "utf8"), FILE);
    const turns = dialogs.reduce((n, d) => n + d.turns.length, 0);
    expect(telemetry.understanding.failed).toBe(0);
    expect(telemetry.understanding.ok).toBeGreaterThan(0.9 * 2 * turns);
  }, 180_000); // 20 dialogs x 2 runs, each in a freshly seeded SQLite store

  it("local mode replays the same file against a fresh store per dialog", async () => {
    const { dialogs } = parseJson(EvalDialogFile, readFileSync(FILE, "utf8"), FILE);
    const runner = createDialogRunner({ nlu });
    const byId = new Map(dialogs.map((d) => [d.id, d]));
    const status = byId.get("en-order-status");
    const human = byId.get("zh-human");
    if (!status || !human) throw new Error("shipped dialogs changed");
    expect(checkOutcome(status, await runner(status, "local"))).toEqual([]);
    expect(checkOutcome(human, await runner(human, "local"))).toEqual([]);
  });
});
