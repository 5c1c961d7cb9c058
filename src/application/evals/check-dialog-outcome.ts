import type { Locale } from "../../domain/locale.js";
import type { Address } from "../../domain/shop/address.js";
import type { AfterSalesRequest } from "../../domain/shop/after-sales-request.js";
import type { Order } from "../../domain/shop/order.js";
import { stableJson } from "../use-cases/shop-data/stable-json.js";
import type { DialogFailure, DialogOutcome, ShopSnapshot } from "./dialog-outcome.js";
import type { DialogTurn, EvalDialog, Fact, ReplyExpectation, RequestExpectation } from "./eval-dialog.js";
import { replyLanguage } from "./reply-language.js";

const HAN = /\p{Script=Han}/u;

/** Case, spacing and trailing punctuation do not make two address fields differ (Chinese ignores spaces). */
function normalise(value: string): string {
  const trimmed = value
    .trim()
    .replace(/[\s,.;，。；]+$/u, "")
    .toLowerCase();
  return HAN.test(trimmed) ? trimmed.replace(/\s+/g, "") : trimmed.replace(/\s+/g, " ");
}

const alternatives = (fact: Fact | string[] | string): string[] => (Array.isArray(fact) ? fact : [fact]);
const showFact = (fact: Fact): string =>
  alternatives(fact)
    .map((f) => `"${f}"`)
    .join(" or ");
const hasFact = (text: string, fact: Fact): boolean => alternatives(fact).some((f) => text.includes(f));

function replyExpectationOf(turn: DialogTurn): ReplyExpectation | undefined {
  return typeof turn === "string" || Array.isArray(turn) ? undefined : turn.reply;
}

/** Texts a reply may quote in any language: the shopper's words and the names and addresses on file. */
function echoesOf(outcome: DialogOutcome): string[] {
  const address = (a: Address) => [a.line1, a.line2, a.city, a.state, a.zip, a.country];
  return [
    ...outcome.steps.map((s) => s.sent),
    ...Object.values(outcome.after.customers).flatMap((c) => [
      `${c.lastName}${c.firstName}`,
      ...address(c.defaultAddress),
      ...c.addresses.flatMap(address),
    ]),
    ...Object.values(outcome.after.orders).flatMap((o) => address(o.address)),
  ];
}

function checkSteps(dialog: EvalDialog, outcome: DialogOutcome): DialogFailure[] {
  const failures: DialogFailure[] = [];
  const echoes = echoesOf(outcome);
  for (const step of outcome.steps) {
    const turn = dialog.turns[step.turn];
    if (turn === undefined) continue;
    if (step.error !== undefined) failures.push({ turn: step.turn, reason: `step failed: ${step.error}` });
    const expected = replyExpectationOf(turn);
    const text = step.replies.join("\n");
    for (const fact of expected?.contains ?? []) {
      if (!hasFact(text, fact)) failures.push({ turn: step.turn, reason: `reply lacks ${showFact(fact)}` });
    }
    for (const banned of expected?.lacks ?? []) {
      if (text.includes(banned)) failures.push({ turn: step.turn, reason: `reply says "${banned}"` });
    }
    const language: Locale | undefined = expected?.language ?? dialog.expect.language;
    const wrong = language ? step.replies.find((r) => (replyLanguage(r, echoes) ?? language) !== language) : undefined;
    if (language && wrong !== undefined) {
      failures.push({ turn: step.turn, reason: `reply not in ${language}: "${wrong.slice(0, 80)}"` });
    }
  }
  return failures;
}

const ADDRESS_FIELDS = ["line1", "line2", "city", "state", "zip", "country"] as const;

function checkAddress(label: string, actual: Address, expected: Partial<Record<keyof Address, string | string[]>>) {
  const failures: string[] = [];
  for (const field of ADDRESS_FIELDS) {
    const want = expected[field];
    if (want === undefined) continue;
    const got = actual[field];
    if (!alternatives(want).some((w) => normalise(w) === normalise(got))) {
      failures.push(
        `${label} ${field}: expected ${alternatives(want)
          .map((w) => `"${w}"`)
          .join(" or ")}, got "${got}"`,
      );
    }
  }
  return failures;
}

/** The payment method of the order's newest payment. */
const paidWith = (order: Order): string | undefined =>
  order.payments.filter((p) => p.type === "payment").at(-1)?.paymentMethodId;

function checkOrders(dialog: EvalDialog, after: ShopSnapshot): string[] {
  const failures: string[] = [];
  for (const [id, status] of Object.entries(dialog.expect.orderStatus)) {
    const actual = after.orders[id]?.status;
    if (actual !== status) failures.push(`order ${id}: expected ${status}, got ${actual ?? "none"}`);
  }
  for (const [id, kinds] of Object.entries(dialog.expect.requests)) {
    const want = [...kinds].sort().join(",");
    const got = Object.values(after.requests)
      .filter((r) => r.orderId === id)
      .map((r) => r.kind)
      .sort()
      .join(",");
    if (want !== got) failures.push(`requests on ${id}: expected [${want}], got [${got}]`);
  }
  for (const [id, want] of Object.entries(dialog.expect.orders)) {
    const order = after.orders[id];
    if (!order) {
      failures.push(`order ${id} does not exist`);
      continue;
    }
    if (want.status && order.status !== want.status)
      failures.push(`order ${id}: expected ${want.status}, got ${order.status}`);
    if (want.address) failures.push(...checkAddress(`order ${id} address`, order.address, want.address));
    if (want.paymentMethod && paidWith(order) !== want.paymentMethod) {
      failures.push(`order ${id} paid with ${paidWith(order) ?? "nothing"}, expected ${want.paymentMethod}`);
    }
    const items = order.items.map((i) => i.variantId);
    if (want.items && items.join(",") !== want.items.join(",")) {
      failures.push(`order ${id} items: expected [${want.items.join(", ")}], got [${items.join(", ")}]`);
    }
  }
  return failures;
}

/** Where a request's money goes or comes from: the new payment method of a payment change or difference. */
function paymentTo(request: AfterSalesRequest): string | undefined {
  const d = request.details;
  const to = d.toPaymentMethodId ?? d.paymentMethodId;
  return typeof to === "string" ? to : undefined;
}

/** Why `request` does not match `want` ("" when it does). */
function requestMismatch(request: AfterSalesRequest, want: RequestExpectation): string {
  const diffs: string[] = [];
  if (want.status && request.status !== want.status) diffs.push(`status ${request.status}`);
  if (want.items && request.itemIndexes.join(",") !== want.items.join(","))
    diffs.push(`items [${request.itemIndexes.join(",")}]`);
  if (want.newVariants && request.newVariantIds.join(",") !== want.newVariants.join(",")) {
    diffs.push(`new variants [${request.newVariantIds.join(", ")}]`);
  }
  if (want.amountCents !== undefined && request.amountCents !== want.amountCents)
    diffs.push(`amount ${request.amountCents}`);
  if (want.refundTo && request.refundMethodId !== want.refundTo)
    diffs.push(`refund to ${request.refundMethodId ?? "none"}`);
  if (want.paymentTo && paymentTo(request) !== want.paymentTo) diffs.push(`paid with ${paymentTo(request) ?? "none"}`);
  return diffs.join(", ");
}

function checkNewRequests(dialog: EvalDialog, outcome: DialogOutcome): string[] {
  const expected = dialog.expect.newRequests;
  if (!expected) return [];
  const created = Object.values(outcome.after.requests).filter((r) => !outcome.before.requests[r.id]);
  const unmatched = new Set(created);
  const failures: string[] = [];
  for (const want of expected) {
    const candidates = [...unmatched].filter((r) => r.orderId === want.order && r.kind === want.kind);
    const match = candidates.find((r) => requestMismatch(r, want) === "");
    if (match) {
      unmatched.delete(match);
      continue;
    }
    const near = candidates[0];
    failures.push(
      near
        ? `${want.kind} request on ${want.order} differs: ${requestMismatch(near, want)}`
        : `no ${want.kind} request created on ${want.order}`,
    );
    if (near) unmatched.delete(near);
  }
  for (const extra of unmatched) failures.push(`unexpected ${extra.kind} request created on ${extra.orderId}`);
  return failures;
}

function checkCustomers(dialog: EvalDialog, after: ShopSnapshot): string[] {
  const failures: string[] = [];
  for (const [id, want] of Object.entries(dialog.expect.customers)) {
    const customer = after.customers[id];
    if (!customer) {
      failures.push(`customer ${id} does not exist`);
      continue;
    }
    if (want.defaultAddress)
      failures.push(...checkAddress(`${id} default address`, customer.defaultAddress, want.defaultAddress));
    const card = customer.paymentMethods.find((m) => m.kind === "gift_card");
    const balance = card && "balanceCents" in card ? card.balanceCents : undefined;
    if (want.giftCardBalanceCents !== undefined && balance !== want.giftCardBalanceCents) {
      failures.push(`${id} gift card balance: expected ${want.giftCardBalanceCents}, got ${balance ?? "none"}`);
    }
  }
  return failures;
}

/** Ids of the records that differ between two snapshots. */
export function changedRecords(before: ShopSnapshot, after: ShopSnapshot): string[] {
  const changed: string[] = [];
  for (const key of ["orders", "customers", "requests"] as const) {
    const ids = new Set([...Object.keys(before[key]), ...Object.keys(after[key])]);
    for (const id of ids) {
      if (stableJson(before[key][id]) !== stableJson(after[key][id])) changed.push(`${key.slice(0, -1)} ${id}`);
    }
  }
  return changed;
}

function checkConversation(dialog: EvalDialog, outcome: DialogOutcome): string[] {
  const failures: string[] = [];
  const { handoff, conversation } = dialog.expect;
  if (handoff !== undefined && handoff !== outcome.handoff) failures.push(`handoff: expected ${handoff}`);
  if (conversation) {
    const actual =
      outcome.conversationStatus === "waiting_agent" || outcome.conversationStatus === "agent"
        ? "handoff"
        : outcome.conversationStatus;
    if (actual !== conversation) failures.push(`conversation: expected ${conversation}, got ${actual}`);
  }
  return failures;
}

/** Every unmet expectation of a replayed dialog, step failures first in turn order; empty means it passed. */
export function checkDialogOutcome(dialog: EvalDialog, outcome: DialogOutcome): DialogFailure[] {
  const all = outcome.steps.flatMap((s) => s.replies).join("\n");
  const end: string[] = [
    ...checkOrders(dialog, outcome.after),
    ...checkNewRequests(dialog, outcome),
    ...checkCustomers(dialog, outcome.after),
    ...checkConversation(dialog, outcome),
  ];
  for (const fact of dialog.expect.replyFacts) if (!hasFact(all, fact)) end.push(`no reply says ${showFact(fact)}`);
  const said: DialogFailure[] = [];
  for (const text of dialog.expect.replyLacks) {
    const step = outcome.steps.find((s) => s.replies.some((r) => r.includes(text)));
    if (step) said.push({ turn: step.turn, reason: `reply says "${text}"` });
  }
  if (dialog.expect.unchanged) {
    const changed = changedRecords(outcome.before, outcome.after);
    if (changed.length > 0) end.push(`expected nothing written, but changed: ${changed.join(", ")}`);
  }
  const steps = [...checkSteps(dialog, outcome), ...said].sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
  return [...steps, ...end.map((reason) => ({ reason }))];
}
