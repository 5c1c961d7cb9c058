import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { evaluateRecommendations } from "../../../application/use-cases/insights/evaluate-recommendations.js";
import { listHighRiskOrders } from "../../../application/use-cases/insights/list-high-risk-orders.js";
import { scoreOrderRisk } from "../../../application/use-cases/insights/score-order-risk.js";
import { trainRiskModel } from "../../../application/use-cases/insights/train-risk-model.js";
import { parseValue } from "../../../domain/parse-json.js";
import { readTau2ShopHistory } from "../../../infrastructure/import/tau2-shop-history.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { registerFollowupsCommand } from "./insights-followups-command.js";
import { printLeaveLastOut, printRiskList, printRiskModel } from "./insights-print.js";
import { withInsightsStore } from "./insights-store.js";
import { runReviewsAnalyze } from "./reviews-analyze-command.js";
import { runReviewsTrain } from "./reviews-train-command.js";

const AnalyzeOptions = z.object({
  model: z.string().optional(),
  lexicon: z.boolean().optional(),
  store: z.boolean().default(true),
  db: z.string().optional(),
  json: z.boolean().optional(),
  progress: z.boolean().optional(),
});
const EvalOptions = z.object({
  db: z.string().optional(),
  k: z.coerce.number().int().min(1).max(100).default(10),
  save: z.boolean().optional(),
  json: z.boolean().optional(),
});
const RiskTrainOptions = z.object({ threshold: z.coerce.number().min(0).max(1).optional(), db: z.string().optional() });
const RiskScoreOptions = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(20),
  all: z.boolean().optional(),
  locale: z.enum(["en", "zh"]).default("en"),
  db: z.string().optional(),
});

/** `kefu reviews analyze|train`, `kefu recommend eval`, `kefu risk train|eval|score`, `kefu followups run`. */
export function registerInsightsCommands(program: Command): void {
  const reviews = program.command("reviews").description("product review sentiment and aspects");
  reviews
    .command("analyze")
    .description("import reviews (CSV, JSON or JSONL), score sentiment, extract aspects, print summaries")
    .argument("<file>", "reviews file (.csv with a header, .json array or .jsonl)")
    .option("--model <dir>", "review sentiment model directory (default: data/models/review-sentiment)")
    .option("--lexicon", "score with the lexicon only")
    .option("--no-store", "analyse without saving to the Kefu store")
    .option("--db <file>", "SQLite file to save to instead of the configured store")
    .option("--json", "print the summary as JSON")
    .option("--progress", "show the progress bar even when stderr is not a terminal")
    .option("--no-progress", "no progress bar")
    .action(async (file: string, raw: unknown) => {
      await runReviewsAnalyze(file, parseValue(AnalyzeOptions, raw, "options"));
    });
  reviews
    .command("train")
    .description("train the review sentiment model from labelled or star-rated reviews")
    .argument("<file>", "reviews file with a 0/1 label or a 1–5 rating")
    .option("--out <dir>", "model directory (default: data/models/review-sentiment)")
    .option("--no-progress", "no progress bar")
    .action(async (file: string, raw: unknown) => {
      await runReviewsTrain(
        file,
        parseValue(z.object({ out: z.string().optional(), progress: z.boolean().optional() }), raw, "options"),
      );
    });

  program
    .command("recommend")
    .description("product recommendations")
    .command("eval")
    .description("leave-last-out Recall@k / NDCG@k of the recommender against popularity")
    .option("--db <file>", "a τ² retail db.json, or a Kefu SQLite file (default: the configured store)")
    .option("--k <n>", "cut-off", "10")
    .option("--save", "store the tuned blend weights for live recommendations")
    .option("--json", "print JSON")
    .action(async (raw: unknown) => {
      const opts = parseValue(EvalOptions, raw, "options");
      const report = opts.db?.endsWith(".json")
        ? await evaluateRecommendations(
            {},
            {
              history: { ...readTau2ShopHistory(await readFile(opts.db, "utf8"), opts.db), afterSales: [] },
              k: opts.k,
            },
          )
        : await withInsightsStore(
            (store) => evaluateRecommendations({ store }, { k: opts.k, saveWeights: opts.save }),
            opts.db,
          );
      if (opts.json) console.log(JSON.stringify(report, null, 2));
      else printLeaveLastOut(report, console.log);
    });

  // `risk train` and `risk eval` differ only in whether the trained model is saved.
  const trainAndPrintRisk = async (raw: unknown, save: boolean) => {
    const opts = parseValue(RiskTrainOptions, raw, "options");
    const input = {
      ...(save ? {} : { save: false }),
      ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
    };
    const model = await withInsightsStore((store) => trainRiskModel({ store, clock: systemClock }, input), opts.db);
    printRiskModel(model, console.log);
    return model;
  };
  const risk = program.command("risk").description("after-sales risk prediction");
  risk
    .command("train")
    .description("train the return/complaint risk model on settled orders and make it active")
    .option("--threshold <p>", "probability that counts as high risk (default 0.5)")
    .option("--db <file>", "SQLite file instead of the configured store")
    .action(async (raw: unknown) => {
      await trainAndPrintRisk(raw, true);
    });
  risk
    .command("eval")
    .description("train on 75 % of settled orders and report held-out AUC, precision and recall; saves nothing")
    .option("--threshold <p>", "probability that counts as high risk (default 0.5)")
    .option("--db <file>", "SQLite file instead of the configured store")
    .action(async (raw: unknown) => {
      const model = await trainAndPrintRisk(raw, false);
      const top = model.features
        .map((name, i) => ({ name, weight: model.weights[i] ?? 0 }))
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
        .slice(0, 5);
      console.log(`strongest features: ${top.map((f) => `${f.name} ${f.weight.toFixed(2)}`).join(", ")}`);
    });
  risk
    .command("score")
    .description("score one order, or list open orders by risk")
    .argument("[orderId]", "order to explain")
    .option("--limit <n>", "orders to list", "20")
    .option("--all", "list low-risk orders too")
    .option("--locale <locale>", "en or zh reasons", "en")
    .option("--db <file>", "SQLite file instead of the configured store")
    .action(async (orderId: string | undefined, raw: unknown) => {
      const opts = parseValue(RiskScoreOptions, raw, "options");
      await withInsightsStore(async (store) => {
        const deps = { store, clock: systemClock };
        if (orderId) return printRiskList([await scoreOrderRisk(deps, { orderId, locale: opts.locale })], console.log);
        const list = await listHighRiskOrders(deps, { limit: opts.limit, includeLow: opts.all, locale: opts.locale });
        if (!list.model) console.log("no trained risk model yet: ranked by the heuristic (see `kefu risk train`)");
        console.log(`${list.total} open orders ${opts.all ? "scored" : `at or above ${list.threshold}`}:`);
        printRiskList(list.items, console.log);
      }, opts.db);
    });

  registerFollowupsCommand(program);
}
