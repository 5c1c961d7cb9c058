import { z } from "zod";

/** A scripted conversation: user turns, expected store end-state and facts the replies must contain. */
export const EvalDialog = z.object({
  id: z.string(),
  locale: z.enum(["en", "zh"]),
  turns: z.array(z.string()).min(1),
  expect: z.object({
    /** Order id → its status at the end. */
    orderStatus: z.record(z.string(), z.string()).default({}),
    /** Order id → kinds of after-sales requests recorded on it during the dialog (any order). */
    requests: z.record(z.string(), z.array(z.string())).default({}),
    /** Texts some bot reply must contain. */
    replyFacts: z.array(z.string()).default([]),
    /** Texts no bot reply may contain (disclosures, invented promises). */
    replyLacks: z.array(z.string()).default([]),
    handoff: z.boolean().optional(),
  }),
});
export type EvalDialog = z.infer<typeof EvalDialog>;

export const EvalDialogFile = z.object({ dialogs: z.array(EvalDialog).min(1) });

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** pass^k: chance that k independent tries all pass, estimated from c passes out of n runs. */
export function passHatK(n: number, c: number, k: number): number {
  return choose(n, k) === 0 ? 0 : choose(c, k) / choose(n, k);
}

/** Aggregate over dialogs: mean single-run pass rate and mean pass^k. */
export function summariseRuns(runs: Map<string, boolean[]>, k: number): { passRate: number; passK: number } {
  let rate = 0;
  let passK = 0;
  for (const results of runs.values()) {
    const c = results.filter(Boolean).length;
    rate += c / results.length;
    passK += passHatK(results.length, c, k);
  }
  const n = Math.max(runs.size, 1);
  return { passRate: rate / n, passK: passK / n };
}

/** What a replayed dialog produced: bot replies and the store end-state the expectations check. */
export interface DialogOutcome {
  replies: string[];
  orderStatus: Record<string, string>;
  /** Kinds of after-sales requests per order named in `expect.requests`. */
  requests?: Record<string, string[]>;
  handoff: boolean;
}

/** Runs one dialog against a fresh store; supplied by the dialog runtime (local or LLM mode). */
export type DialogRunner = (dialog: EvalDialog, mode: "local" | "llm") => Promise<DialogOutcome>;

/** Lists every unmet expectation; an empty list means the dialog passed. */
export function checkOutcome(dialog: EvalDialog, outcome: DialogOutcome): string[] {
  const failures: string[] = [];
  for (const [orderId, status] of Object.entries(dialog.expect.orderStatus)) {
    const actual = outcome.orderStatus[orderId];
    if (actual !== status) failures.push(`order ${orderId}: expected ${status}, got ${actual ?? "none"}`);
  }
  for (const [orderId, kinds] of Object.entries(dialog.expect.requests)) {
    const want = [...kinds].sort().join(",");
    const got = [...(outcome.requests?.[orderId] ?? [])].sort().join(",");
    if (want !== got) failures.push(`requests on ${orderId}: expected [${want}], got [${got}]`);
  }
  const all = outcome.replies.join("\n");
  for (const fact of dialog.expect.replyFacts) if (!all.includes(fact)) failures.push(`reply lacks "${fact}"`);
  for (const text of dialog.expect.replyLacks) if (all.includes(text)) failures.push(`reply discloses "${text}"`);
  if (dialog.expect.handoff !== undefined && dialog.expect.handoff !== outcome.handoff) {
    failures.push(`handoff: expected ${dialog.expect.handoff}`);
  }
  return failures;
}
