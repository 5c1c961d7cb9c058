import type { Command } from "commander";
import type { DialogEvalEnvironmentFactory } from "../../../application/evals/dialog-eval-environment.js";
import { formatShopperEvalReport } from "../../../application/evals/shoppers/format-shopper-eval-report.js";
import { generateShopperTasks, type ShopData } from "../../../application/evals/shoppers/generate-shopper-tasks.js";
import { runShopperEvals } from "../../../application/evals/shoppers/run-shopper-evals.js";
import type { ShopperLanguage } from "../../../application/evals/shoppers/shopper-task.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { TAU2_POLICY } from "../../../domain/policy/shop-policy.js";
import { TAU2_DB_PATH, tau2EvalEnvironment } from "./tau2-eval-environment.js";

function wholeNumber(flag: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new KefuError("VALIDATION_FAILED", `${flag} must be a whole number from 1 to ${max}, not ${text}.`);
  }
  return n;
}

/** en, zh, mixed, or all (60% en, 20% zh, 20% mixed). */
function parseLanguage(text: string | undefined): ShopperLanguage | "all" {
  if (text === undefined || text === "all") return "all";
  if (text === "en" || text === "zh" || text === "mixed") return text;
  throw new KefuError("VALIDATION_FAILED", `--lang must be en, zh, mixed or all, not ${text}.`);
}

interface EvalShoppersOptions {
  tasks?: string;
  k?: string;
  seed?: string;
  lang?: string;
  db: string;
  json?: boolean;
  transcripts?: boolean;
}

/** A test can pass the shop and environment; the CLI imports the τ² shop from `--db`. */
export interface ShopperEvalSource {
  shop: ShopData;
  environment: DialogEvalEnvironmentFactory;
}

/**
 * `kefu eval shoppers [--tasks N] [--k K] [--seed S] [--lang en|zh|mixed]`: scripted shoppers pursue generated
 * goals on fresh τ²-imported shops; each run is scored by the shop's end state.
 */
export function registerEvalShoppersCommand(program: Command, source?: () => Promise<ShopperEvalSource>): void {
  const evalCmd =
    program.commands.find((c) => c.name() === "eval") ??
    program.command("eval").description("evaluate models and dialogs");
  evalCmd
    .command("shoppers")
    .description("simulated shoppers with generated goals against fresh τ²-imported shops, scored by end state")
    .option("--tasks <n>", "how many goals to generate", undefined)
    .option("--k <n>", "runs per goal, each phrased differently; pass^k needs every run to pass", undefined)
    .option("--seed <n>", "seed of the goals and phrasings", undefined)
    .option("--lang <lang>", "en, zh, mixed, or all (default: a mix)", undefined)
    .option("--db <path>", "the τ² retail db.json", TAU2_DB_PATH)
    .option("--json", "print the full report as JSON")
    .option("--transcripts", "print the conversation of each failing run")
    .action(async (opts: EvalShoppersOptions) => {
      const count = wholeNumber("--tasks", opts.tasks, 40, 5000);
      const k = wholeNumber("--k", opts.k, 1, 20);
      const seed = wholeNumber("--seed", opts.seed, 1, 2 ** 31);
      const language = parseLanguage(opts.lang);
      const { shop, environment } = source ? await source() : await tau2EvalEnvironment(opts.db);
      const tasks = generateShopperTasks({ shop, policy: TAU2_POLICY, count, seed, language });
      const report = await runShopperEvals({
        tasks,
        k,
        seed,
        environment,
        ...(opts.json ? {} : { onTask: () => process.stderr.write(".") }),
      });
      if (!opts.json) process.stderr.write("\n");
      if (opts.json) {
        console.log(
          JSON.stringify(report, (key, value: unknown) => (key === "turnLatenciesMs" ? undefined : value), 2),
        );
        return;
      }
      for (const line of formatShopperEvalReport(report, { transcripts: opts.transcripts === true })) console.log(line);
    });
}
