import { changedRecords, checkDialogOutcome } from "../check-dialog-outcome.js";
import type { DialogEvalEnvironmentFactory } from "../dialog-eval-environment.js";
import type { DialogOutcome } from "../dialog-outcome.js";
import type { EvalDialog } from "../eval-dialog.js";
import { summariseRuns } from "../pass-k.js";
import { replayConversation } from "../replay-dialog.js";
import { classifyFailure } from "./classify-shopper-failure.js";
import { ScriptedShopper } from "./scripted-shopper.js";
import type { ShopperTask } from "./shopper-task.js";

/** One failed run: why, in short and in full, and what was said. */
export interface ShopperFailure {
  run: number;
  cause: string;
  reasons: string[];
  /** Something was written although the run failed: a write the shopper did not want. */
  wrongWrite: boolean;
  transcript: { sent: string; replies: string[] }[];
}

export interface ShopperTaskResult {
  id: string;
  kind: ShopperTask["kind"];
  language: ShopperTask["language"];
  runs: boolean[];
  wrongWrites: number;
  failures: ShopperFailure[];
}

export interface ShopperRates {
  tasks: number;
  pass1: number;
  passK: number;
  wrongWrites: number;
}

export interface ShopperEvalReport {
  k: number;
  seed: number;
  overall: ShopperRates;
  byKind: Record<string, ShopperRates>;
  byLanguage: Record<string, ShopperRates>;
  /** Short failure cause → failed runs. */
  causes: Record<string, number>;
  tasks: ShopperTaskResult[];
  turnLatenciesMs: number[];
}

/** The task as a dialog of what was actually said, so `checkDialogOutcome` scores it like `eval dialogs`. */
function asDialog(task: ShopperTask, outcome: DialogOutcome, locale: "en" | "zh"): EvalDialog {
  return { id: task.id, locale, turns: outcome.steps.map((s) => s.sent || "…"), expect: task.expect };
}

function rates(results: readonly ShopperTaskResult[], k: number): ShopperRates {
  const { passRate, passK } = summariseRuns(
    results.map((r) => r.runs),
    k,
  );
  return { tasks: results.length, pass1: passRate, passK, wrongWrites: results.reduce((s, r) => s + r.wrongWrites, 0) };
}

function groupRates(results: readonly ShopperTaskResult[], k: number, key: (r: ShopperTaskResult) => string) {
  const groups: Record<string, ShopperRates> = {};
  for (const name of [...new Set(results.map(key))].sort()) {
    groups[name] = rates(
      results.filter((r) => key(r) === name),
      k,
    );
  }
  return groups;
}

/**
 * Lets a scripted shopper pursue each task k times, each run on a fresh store, and scores the store's end
 * state with the `eval dialogs` checks. A failed run that wrote anything counts as a wrong write.
 */
export async function runShopperEvals(input: {
  tasks: readonly ShopperTask[];
  k: number;
  seed: number;
  environment: DialogEvalEnvironmentFactory;
  onTask?: (result: ShopperTaskResult) => void;
}): Promise<ShopperEvalReport> {
  const results: ShopperTaskResult[] = [];
  const turnLatenciesMs: number[] = [];
  const causes: Record<string, number> = {};
  for (const task of input.tasks) {
    const result: ShopperTaskResult = {
      id: task.id,
      kind: task.kind,
      language: task.language,
      runs: [],
      wrongWrites: 0,
      failures: [],
    };
    for (let repeat = 0; repeat < input.k; repeat++) {
      const shopper = new ScriptedShopper(task, repeat, input.seed);
      const env = await input.environment("local");
      let outcome: DialogOutcome;
      try {
        outcome = await replayConversation(env, {
          locale: shopper.locale,
          repeat,
          next: (_index, steps) => shopper.next(steps),
        });
      } finally {
        await env.dispose();
      }
      turnLatenciesMs.push(...outcome.steps.map((s) => s.latencyMs));
      const failures = checkDialogOutcome(asDialog(task, outcome, shopper.locale), outcome);
      result.runs.push(failures.length === 0);
      if (failures.length === 0) continue;
      const reasons = failures.map((f) => f.reason);
      const wrongWrite = changedRecords(outcome.before, outcome.after).length > 0;
      const cause = classifyFailure(task, outcome, reasons, wrongWrite);
      causes[cause] = (causes[cause] ?? 0) + 1;
      if (wrongWrite) result.wrongWrites += 1;
      result.failures.push({
        run: repeat + 1,
        cause,
        reasons,
        wrongWrite,
        transcript: outcome.steps.map((s) => ({ sent: s.sent, replies: s.replies })),
      });
    }
    results.push(result);
    input.onTask?.(result);
  }
  return {
    k: input.k,
    seed: input.seed,
    overall: rates(results, input.k),
    byKind: groupRates(results, input.k, (r) => r.kind),
    byLanguage: groupRates(results, input.k, (r) => r.language),
    causes,
    tasks: results,
    turnLatenciesMs,
  };
}
