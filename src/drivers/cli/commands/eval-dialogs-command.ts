import { readFileSync } from "node:fs";
import type { Command } from "commander";
import {
  checkOutcome,
  type DialogRunner,
  EvalDialogFile,
  summariseRuns,
} from "../../../application/llm/dialog-eval.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseJson } from "../../../domain/parse-json.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../../../infrastructure/nlu/load-default-nlu.js";
import { loadConfig } from "../../config/load-config.js";
import { createDialogRunner, type EvalTelemetry, newTelemetry } from "./eval-dialog-runner.js";

/** The real runner: Kefu's NLU from the data directory, a fresh demo-seeded SQLite store per dialog. */
async function defaultRunner(mode: "local" | "llm"): Promise<{ runner: DialogRunner; telemetry: EvalTelemetry }> {
  const config = loadConfig();
  if (mode === "llm" && !config.llm) {
    throw new KefuError(
      "VALIDATION_FAILED",
      "--mode llm needs KEFU_LLM_BASE_URL and KEFU_LLM_MODEL, or KEFU_LLM_GGUF_PATH (see docs/llm.md)",
    );
  }
  const nlu = await loadDefaultNlu({ dataDir: config.dataDir, segmenter: new JiebaSegmenter() });
  const telemetry = newTelemetry();
  return { runner: createDialogRunner({ nlu, ...(config.llm ? { llm: config.llm } : {}), telemetry }), telemetry };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function printTelemetry(t: EvalTelemetry): void {
  const sorted = [...t.turnLatenciesMs].sort((a, b) => a - b);
  if (sorted.length === 0) return;
  console.log(
    `turn latency: p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms  (${sorted.length} turns)`,
  );
  const usage = t.ledger.all();
  if (usage.calls > 0) {
    console.log(
      `llm: ${usage.calls} calls  ${usage.inputTokens} in / ${usage.outputTokens} out tokens  mean ${(usage.latencyMsTotal / usage.calls).toFixed(0)} ms/call`,
    );
    const u = t.understanding;
    console.log(
      `llm understanding calls: ${u.ok} ok  ${u.rejected} rejected  ${u.failed} failed  ${u.skipped} skipped (failed/skipped turns ran on the local NLU)`,
    );
  }
}

/** `kefu eval dialogs FILE [--mode local|llm] [--repeats k]`: pass rate and pass^k over scripted dialogs. */
export function registerEvalDialogsCommand(program: Command, runDialog?: DialogRunner): void {
  // `eval` may already exist (NLU eval commands); attach to it rather than redefining it.
  const evalCmd =
    program.commands.find((c) => c.name() === "eval") ??
    program.command("eval").description("evaluate models and dialogs");
  evalCmd
    .command("dialogs")
    .description("replay scripted conversations against a demo-seeded temporary store")
    .argument("<file>", "JSON file of scripted dialogs")
    .option("--mode <mode>", "local or llm", "local")
    .option("--repeats <k>", "runs per dialog (pass^k)")
    .option("--repeat <k>", "alias of --repeats")
    .action(async (file: string, opts: { mode: string; repeats?: string; repeat?: string }) => {
      if (opts.mode !== "llm" && opts.mode !== "local") {
        throw new KefuError("VALIDATION_FAILED", `--mode must be local or llm, not ${opts.mode}`);
      }
      const mode = opts.mode;
      const k = Math.max(1, Number.parseInt(opts.repeats ?? opts.repeat ?? "1", 10) || 1);
      const { dialogs } = parseJson(EvalDialogFile, readFileSync(file, "utf8"), file);
      const real = runDialog ? undefined : await defaultRunner(mode);
      const runner = runDialog ?? real?.runner;
      if (!runner) throw new KefuError("INTERNAL", "no dialog runner");
      const runs = new Map<string, boolean[]>();
      for (const dialog of dialogs) {
        const results: boolean[] = [];
        for (let i = 0; i < k; i++) {
          const failures = checkOutcome(dialog, await runner(dialog, mode));
          results.push(failures.length === 0);
          if (failures.length) console.log(`✗ ${dialog.id} (run ${i + 1}): ${failures.join("; ")}`);
        }
        runs.set(dialog.id, results);
      }
      if (real) printTelemetry(real.telemetry);
      const { passRate, passK } = summariseRuns(runs, k);
      console.log(`dialogs: ${dialogs.length}  mode: ${mode}  repeats: ${k}`);
      console.log(`pass rate: ${(passRate * 100).toFixed(1)}%  pass^${k}: ${(passK * 100).toFixed(1)}%`);
    });
}
