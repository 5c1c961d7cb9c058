import { checkDialogOutcome } from "./check-dialog-outcome.js";
import type { DialogEvalEnvironmentFactory, EvalMode } from "./dialog-eval-environment.js";
import type { DialogFailure, DialogOutcome } from "./dialog-outcome.js";
import type { EvalDialog } from "./eval-dialog.js";
import { passHatK, summariseRuns } from "./pass-k.js";
import { replayDialog } from "./replay-dialog.js";

/** A dialog to run and the theme it is reported under (its file's theme). */
export interface ThemedDialog {
  theme: string;
  dialog: EvalDialog;
}

/** The first failing run of a dialog: its first failing step and every reason. */
export interface DialogFailureReport {
  run: number;
  /** Index of the first failing turn; undefined when only the end state is wrong. */
  firstTurn?: number;
  /** What the shopper said at that turn. */
  said?: string;
  reasons: string[];
  /** What was said in that run, step by step. */
  transcript: { sent: string; replies: string[] }[];
}

export interface DialogResult {
  id: string;
  theme: string;
  runs: boolean[];
  /** Share of runs that passed. */
  pass1: number;
  /** pass^k over the runs (1 only when every run passed, for k = runs). */
  passK: number;
  failure?: DialogFailureReport;
}

export interface PassRates {
  dialogs: number;
  pass1: number;
  passK: number;
}

export interface DialogEvalReport {
  k: number;
  mode: EvalMode;
  overall: PassRates;
  themes: Record<string, PassRates>;
  dialogs: DialogResult[];
  turnLatenciesMs: number[];
}

function firstFailure(run: number, outcome: DialogOutcome, failures: DialogFailure[]): DialogFailureReport {
  const turns = failures.flatMap((f) => (f.turn === undefined ? [] : [f.turn]));
  const firstTurn = turns.length > 0 ? Math.min(...turns) : undefined;
  const said = outcome.steps.find((s) => s.turn === firstTurn)?.sent;
  return {
    run,
    ...(firstTurn === undefined ? {} : { firstTurn }),
    ...(said === undefined ? {} : { said }),
    reasons: failures.map((f) => (f.turn === undefined ? f.reason : `turn ${f.turn + 1}: ${f.reason}`)),
    transcript: outcome.steps.map((s) => ({ sent: s.sent, replies: s.replies })),
  };
}

function rates(results: readonly DialogResult[], k: number): PassRates {
  const { passRate, passK } = summariseRuns(
    results.map((r) => r.runs),
    k,
  );
  return { dialogs: results.length, pass1: passRate, passK };
}

/**
 * Runs every dialog k times, each on a fresh environment; repeat i sends paraphrase i mod n of each turn.
 * Reports pass^1 and pass^k per dialog, per theme and overall, and each dialog's first failing run.
 */
export async function runDialogEvals(input: {
  dialogs: readonly ThemedDialog[];
  k: number;
  mode: EvalMode;
  environment: DialogEvalEnvironmentFactory;
  /** Told after every dialog, e.g. to print progress. */
  onDialog?: (result: DialogResult) => void;
}): Promise<DialogEvalReport> {
  const k = Math.max(1, Math.floor(input.k));
  const results: DialogResult[] = [];
  const turnLatenciesMs: number[] = [];
  for (const { theme, dialog } of input.dialogs) {
    const runs: boolean[] = [];
    let failure: DialogFailureReport | undefined;
    for (let repeat = 0; repeat < k; repeat++) {
      const env = await input.environment(input.mode);
      let outcome: DialogOutcome;
      try {
        outcome = await replayDialog(env, dialog, repeat);
      } finally {
        await env.dispose();
      }
      turnLatenciesMs.push(...outcome.steps.map((s) => s.latencyMs));
      const failures = checkDialogOutcome(dialog, outcome);
      runs.push(failures.length === 0);
      if (failures.length > 0 && !failure) failure = firstFailure(repeat + 1, outcome, failures);
    }
    const passes = runs.filter(Boolean).length;
    const result: DialogResult = {
      id: dialog.id,
      theme,
      runs,
      pass1: passes / k,
      passK: passHatK(k, passes, k),
      ...(failure ? { failure } : {}),
    };
    results.push(result);
    input.onDialog?.(result);
  }
  const themes: Record<string, PassRates> = {};
  for (const theme of [...new Set(results.map((r) => r.theme))].sort()) {
    themes[theme] = rates(
      results.filter((r) => r.theme === theme),
      k,
    );
  }
  return { k, mode: input.mode, overall: rates(results, k), themes, dialogs: results, turnLatenciesMs };
}
