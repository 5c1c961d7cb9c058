import type { DialogOutcome } from "../dialog-outcome.js";
import { isRefusal, readBotAsk } from "./read-bot-reply.js";
import { MAX_SHOPPER_TURNS } from "./scripted-shopper.js";
import type { ShopperTask } from "./shopper-task.js";

/** Which detail of a written request or order was wrong, from the checker's reason text. */
function wrongDetail(reasons: readonly string[]): string {
  const text = reasons.join(" ");
  if (/unexpected \w+ request/.test(text)) return "wrote an unwanted request";
  if (/no \w+ request created/.test(text)) return "wrote a different change";
  for (const [pattern, label] of [
    [/new variants/, "wrong new variant"],
    [/items \[/, "wrong item"],
    [/refund to/, "wrong refund method"],
    [/paid with/, "wrong payment method"],
    [/amount/, "wrong amount"],
    [/address/, "wrong address"],
    [/status/, "wrong status"],
  ] as const) {
    if (pattern.test(text)) return label;
  }
  return "wrong write";
}

/** A short cause for a failed run, to group failures by (the full reasons are kept beside it). */
export function classifyFailure(
  task: ShopperTask,
  outcome: DialogOutcome,
  reasons: readonly string[],
  wrote: boolean,
): string {
  if (reasons.some((r) => r.startsWith("step failed"))) return "step error";
  if (wrote) return task.kind.startsWith("refuse_") ? "wrote although the policy refuses" : wrongDetail(reasons);
  if (task.kind === "status") return "tracking id not told";
  const last = outcome.steps.at(-1)?.replies ?? [];
  if (outcome.steps.length >= MAX_SHOPPER_TURNS) return `no write: out of turns (bot asks ${readBotAsk(last)})`;
  if (outcome.steps.some((s) => isRefusal(s.replies))) return "no write: bot refused";
  return `no write: stopped (bot asks ${readBotAsk(last)})`;
}
