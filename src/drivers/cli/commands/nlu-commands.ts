import type { Command } from "commander";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { TextTask } from "../../../domain/nlu/training-presets.js";
import { runEvalCommand } from "./nlu-eval-command.js";
import { runPredictCommand } from "./nlu-predict-command.js";
import { runTrainCommand } from "./nlu-train-command.js";

const TASKS: TextTask[] = ["intent", "sentiment"];

/** Reuses a parent command another file may already have registered (e.g. `eval dialogs`). */
function parent(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

function required(value: unknown, flag: string): string {
  if (typeof value !== "string" || value === "") throw new KefuError("VALIDATION_FAILED", `${flag} is required`);
  return value;
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}

/** `kefu train|predict|eval intent|sentiment`: Kefu's text models over any labelled JSONL. */
export function registerNluCommands(program: Command): void {
  const train = parent(program, "train", "train models");
  const predict = parent(program, "predict", "run a model over JSONL on stdin");
  const evaluate = parent(program, "eval", "evaluate models and dialogs");
  for (const task of TASKS) {
    train
      .command(task)
      .description(
        `train ${task === "intent" ? "an intent" : "a sentiment"} model from JSONL ({"text":…, "label":…} per line)`,
      )
      .requiredOption("--data <file>", "training JSONL")
      .requiredOption("--out <dir>", "model directory to write")
      .option("--text-field <name>", "field holding the text", "text")
      .option("--label-field <name>", "field holding the label", "label")
      .option("--dev <file>", "dev JSONL to score after training")
      .action(async (opts: Record<string, unknown>) => {
        await runTrainCommand(task, {
          data: required(opts.data, "--data"),
          out: required(opts.out, "--out"),
          textField: text(opts.textField, "text"),
          labelField: text(opts.labelField, "label"),
          ...(typeof opts.dev === "string" ? { dev: opts.dev } : {}),
        });
      });
    predict
      .command(task)
      .description(`predict ${task} labels: JSONL in on stdin, {"label","confidence"} lines out`)
      .requiredOption("--model <dir>", "model directory")
      .option("--text-field <name>", "field holding the text", "text")
      .action(async (opts: Record<string, unknown>) => {
        await runPredictCommand(
          { model: required(opts.model, "--model"), textField: text(opts.textField, "text") },
          process.stdin,
          process.stdout,
        );
      });
    evaluate
      .command(task)
      .description(`score a ${task} model on labelled JSONL`)
      .requiredOption("--model <dir>", "model directory")
      .requiredOption("--data <file>", "labelled JSONL")
      .option("--text-field <name>", "field holding the text", "text")
      .option("--label-field <name>", "field holding the label", "label")
      .action(async (opts: Record<string, unknown>) => {
        await runEvalCommand({
          model: required(opts.model, "--model"),
          data: required(opts.data, "--data"),
          textField: text(opts.textField, "text"),
          labelField: text(opts.labelField, "label"),
        });
      });
  }
}
