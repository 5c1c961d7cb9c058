import type { Message } from "../../domain/conversation/message.js";
import { DEFAULT_POLICY, parsePolicy } from "../../domain/policy/shop-policy.js";
import { loadShopPolicy } from "../use-cases/after-sales/after-sales-deps.js";
import { reviewAfterSalesRequest } from "../use-cases/after-sales/review-after-sales-request.js";
import { createConversationDeps } from "../use-cases/conversations/conversation-deps.js";
import { openConversation } from "../use-cases/conversations/open-conversation.js";
import { postCustomerMessage } from "../use-cases/conversations/post-customer-message.js";
import type { DialogEvalEnvironment } from "./dialog-eval-environment.js";
import type { DialogOutcome, StepReplies } from "./dialog-outcome.js";
import type { DialogTurn, EvalDialog } from "./eval-dialog.js";
import { readShopSnapshot } from "./shop-snapshot.js";

/** The text repeat `repeat` sends for a shopper turn: paraphrase `repeat mod n`; undefined for a staff step. */
export function turnText(turn: DialogTurn, repeat: number): string | undefined {
  if (typeof turn === "string") return turn;
  const say = Array.isArray(turn) ? turn : "say" in turn ? turn.say : undefined;
  if (say === undefined) return undefined;
  if (typeof say === "string") return say;
  return say[repeat % say.length];
}

type StaffTurn = Extract<DialogTurn, { staff: unknown }>;

function staffTurn(turn: DialogTurn): StaffTurn | undefined {
  return typeof turn === "object" && !Array.isArray(turn) && "staff" in turn ? turn : undefined;
}

const spoken = (m: Message): boolean => m.author === "bot" || m.author === "system" || m.author === "agent";

/** Staff approve or reject the newest open request on an order, as the console would. */
async function staffReview(env: DialogEvalEnvironment, step: StaffTurn): Promise<string | undefined> {
  const open = (await env.store.afterSales.listByOrder(step.order))
    .filter((r) => r.status === "requested")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1);
  if (!open) return `no open request on ${step.order} for staff to ${step.staff}`;
  const deps = { store: env.store, clock: env.clock, ids: env.ids, loadPolicy: () => loadShopPolicy(env.store) };
  await reviewAfterSalesRequest(deps, {
    requestId: open.id,
    decision: step.staff,
    actor: { type: "staff", id: "eval-staff" },
    ...(step.note === undefined ? {} : { note: step.note }),
  });
  return undefined;
}

/** Gives the next turn from what was said so far; undefined ends the conversation. */
export type NextTurn = (index: number, steps: readonly StepReplies[]) => DialogTurn | undefined;

/**
 * Replays one dialog through the real conversation use cases on a fresh environment and reads back the
 * replies of every step and the store before and after. A step that throws ends the replay.
 */
export async function replayDialog(
  env: DialogEvalEnvironment,
  dialog: EvalDialog,
  repeat: number,
): Promise<DialogOutcome> {
  if (dialog.setup?.policy) {
    await env.store.settings.set("policy", parsePolicy({ ...DEFAULT_POLICY, ...dialog.setup.policy }));
  }
  return replayConversation(env, { locale: dialog.locale, repeat, next: (index) => dialog.turns[index] });
}

/** Runs a conversation whose turns come from `next` (a script, or a shopper reacting to the replies). */
export async function replayConversation(
  env: DialogEvalEnvironment,
  input: { locale: EvalDialog["locale"]; repeat: number; next: NextTurn },
): Promise<DialogOutcome> {
  const { repeat } = input;
  const deps = createConversationDeps({
    store: env.store,
    clock: env.clock,
    ids: env.ids,
    logger: env.logger,
    eventBus: env.eventBus,
    agent: env.agent,
  });
  const before = await readShopSnapshot(env.store);
  const opened = await openConversation(deps, { channel: "widget", locale: input.locale });
  const conversationId = opened.conversation.id;
  let seq = opened.messages.reduce((max, m) => Math.max(max, m.seq), 0);
  const steps: StepReplies[] = [];
  for (let index = 0; ; index++) {
    const turn = input.next(index, steps);
    if (turn === undefined) break;
    const text = turnText(turn, repeat);
    const staff = staffTurn(turn);
    const started = performance.now();
    let error: string | undefined;
    try {
      if (text !== undefined) {
        await postCustomerMessage(deps, { conversationId, text, clientMessageId: `eval-${repeat}-${index}` });
      } else if (staff) {
        error = await staffReview(env, staff);
      }
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const latencyMs = performance.now() - started;
    const fresh = await env.store.messages.listSince(conversationId, seq, 1000);
    seq = fresh.reduce((max, m) => Math.max(max, m.seq), seq);
    const sent = text ?? (staff ? `[staff ${staff.staff} ${staff.order}]` : "");
    steps.push({
      turn: index,
      sent,
      replies: fresh.filter(spoken).map((m) => m.text),
      latencyMs,
      ...(error === undefined ? {} : { error }),
    });
    if (error !== undefined) break;
  }
  await env.inspect?.(conversationId);
  const conversation = await env.store.conversations.get(conversationId);
  const handoffs = await env.store.handoffs.listByConversation(conversationId);
  const status = conversation?.status ?? "missing";
  return {
    steps,
    before,
    after: await readShopSnapshot(env.store),
    conversationStatus: status,
    handoff: handoffs.length > 0 || status === "waiting_agent" || status === "agent",
  };
}
