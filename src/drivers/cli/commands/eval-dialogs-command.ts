import type { Command } from "commander";
import type { DialogEvalEnvironmentFactory, EvalMode } from "../../../application/evals/dialog-eval-environment.js";
import { formatDialogEvalReport } from "../../../application/evals/format-dialog-eval-report.js";
import { runDialogEvals } from "../../../application/evals/run-dialog-evals.js";
import { DEMO_PRODUCTS } from "../../../application/use-cases/shop-data/demo-catalog.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../../../infrastructure/nlu/load-default-nlu.js";
import { loadConfig } from "../../config/load-config.js";
import { demoEvalEnvironment, type EvalTelemetry, newTelemetry } from "./demo-eval-environment.js";
import { loadDialogFiles } from "./load-dialog-files.js";

/** The real environment: Kefu's NLU from the data directory over the demo catalogue, fresh demo shops. */
async function defaultEnvironment(
  mode: EvalMode,
): Promise<{ environment: DialogEvalEnvironmentFactory; telemetry: EvalTelemetry }> {
  const config = loadConfig();
  if (mode === "llm" && !config.llm) {
    throw new KefuError(
      "VALIDATION_FAILED",
      "--mode llm needs KEFU_LLM_BASE_URL and KEFU_LLM_MODEL, or KEFU_LLM_GGUF_PATH (see docs/llm.md)",
    );
  }
  const nlu = await loadDefaultNlu({
    dataDir: config.dataDir,
    catalogue: DEMO_PRODUCTS,
    segmenter: new JiebaSegmenter(),
  });
  const telemetry = newTelemetry();
  return {
    environment: demoEvalEnvironment({ nlu, ...(config.llm ? { llm: config.llm } : {}), telemetry }),
    telemetry,
  };
}

function printTelemetry(t: EvalTelemetry): void {
  const usage = t.ledger.all();
  if (usage.calls === 0) return;
  console.log(
    `llm: ${usage.calls} calls  ${usage.inputTokens} in / ${usage.outputTokens} out tokens  mean ${(usage.latencyMsTotal / usage.calls).toFixed(0)} ms/call`,
  );
  const u = t.understanding;
  console.log(
    `llm understanding calls: ${u.ok} ok  ${u.rejected} rejected  ${u.failed} failed  ${u.skipped} skipped (failed/skipped turns ran on the local NLU)`,
  );
}

function parseK(text: string | undefined): number {
  if (text === undefined) return 1;
  const k = Number(text);
  if (!Number.isInteger(k) || k < 1 || k > 100) {
    throw new KefuError("VALIDATION_FAILED", `--k must be a whole number from 1 to 100, not ${text}.`);
  }
  return k;
}

interface EvalDialogsOptions {
  mode: string;
  k?: string;
  repeats?: string;
  repeat?: string;
  json?: boolean;
  transcripts?: boolean;
}

/**
 * `kefu eval dialogs FILE|DIR [--k N] [--json] [--mode local|llm]`: replays scripted dialogs k times each and
 * reports pass^1 and pass^k per dialog, per theme and overall, with each failure's first failing turn.
 */
export function registerEvalDialogsCommand(program: Command, environment?: DialogEvalEnvironmentFactory): void {
  // `eval` may already exist (NLU eval commands); attach to it rather than redefining it.
  const evalCmd =
    program.commands.find((c) => c.name() === "eval") ??
    program.command("eval").description("evaluate models and dialogs");
  evalCmd
    .command("dialogs")
    .description("replay scripted conversations against fresh demo-seeded temporary stores")
    .argument("<path>", "a JSON file of scripted dialogs, or a directory of them (e.g. resources/dialogs)")
    .option("--k <n>", "runs per dialog; pass^k needs every run to pass", undefined)
    .option("--repeats <n>", "alias of --k")
    .option("--repeat <n>", "alias of --k")
    .option("--mode <mode>", "local or llm", "local")
    .option("--json", "print the full report as JSON")
    .option("--transcripts", "print the conversation of each failing dialog")
    .action(async (path: string, opts: EvalDialogsOptions) => {
      if (opts.mode !== "llm" && opts.mode !== "local") {
        throw new KefuError("VALIDATION_FAILED", `--mode must be local or llm, not ${opts.mode}`);
      }
      const mode = opts.mode;
      const k = parseK(opts.k ?? opts.repeats ?? opts.repeat);
      const dialogs = loadDialogFiles(path);
      const real = environment ? undefined : await defaultEnvironment(mode);
      const env = environment ?? real?.environment;
      if (!env) throw new KefuError("INTERNAL", "no dialog environment");
      const report = await runDialogEvals({ dialogs, k, mode, environment: env });
      if (opts.json) {
        console.log(
          JSON.stringify(report, (key, value: unknown) => (key === "turnLatenciesMs" ? undefined : value), 2),
        );
        return;
      }
      for (const line of formatDialogEvalReport(report, { transcripts: opts.transcripts === true })) console.log(line);
      if (real) printTelemetry(real.telemetry);
    });
}
