import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDialogEvals } from "../../src/application/evals/run-dialog-evals.js";
import type { LocalNlu } from "../../src/domain/nlu/create-local-nlu.js";
import { demoEvalEnvironment, newTelemetry } from "../../src/drivers/cli/commands/demo-eval-environment.js";
import { registerEvalDialogsCommand } from "../../src/drivers/cli/commands/eval-dialogs-command.js";
import { loadDialogFiles } from "../../src/drivers/cli/commands/load-dialog-files.js";
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
  it("scripted-LLM mode passes every shipped after-sales dialog, twice (pass^2 = 100%)", async () => {
    const telemetry = newTelemetry();
    const environment = demoEvalEnvironment({
      nlu,
      llm: { baseUrl: server.baseUrl, model: "scripted", apiKey: undefined, timeoutMs: 2000 },
      telemetry,
    });
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((s: string) => void lines.push(s));
    const program = new Command().exitOverride();
    registerEvalDialogsCommand(program, environment);
    await program.parseAsync(["eval", "dialogs", FILE, "--mode", "llm", "--k", "2"], { from: "user" });
    vi.restoreAllMocks();
    expect(lines.filter((l) => l.startsWith("✗"))).toEqual([]);
    expect(lines.at(-1)).toBe("overall: pass^1 100.0%  pass^2 100.0%");
    expect(telemetry.ledger.all().calls).toBeGreaterThan(0);
    // The model understood most turns; its answers to the identity turns (name, zip and email, needed by two-fact
    // verification) and to the injection attempts are rejected and run on the local NLU (measured: 94 ok, 68 rejected).
    const turns = loadDialogFiles(FILE).reduce((n, d) => n + d.dialog.turns.length, 0);
    expect(telemetry.understanding.failed).toBe(0);
    expect(telemetry.understanding.ok).toBeGreaterThan(0.6 * 2 * turns);
  }, 180_000); // 20 dialogs x 2 runs, each in a freshly seeded SQLite store

  it("local mode replays the same file through the same runner", async () => {
    const dialogs = loadDialogFiles(FILE).filter(
      (d) => d.dialog.id === "en-order-status" || d.dialog.id === "zh-human",
    );
    expect(dialogs).toHaveLength(2);
    const report = await runDialogEvals({ dialogs, k: 1, mode: "local", environment: demoEvalEnvironment({ nlu }) });
    expect(report.dialogs.map((d) => [d.id, d.failure?.reasons ?? []])).toEqual([
      ["en-order-status", []],
      ["zh-human", []],
    ]);
  });
});
