import { appendLog, DialogFlowName } from "../../domain/dialog/dialog-state.js";
import { render } from "../../domain/dialog/templates.js";
import {
  factsFromRecord,
  factsInMessage,
  factsToRecord,
  hasIdentifier,
  type IdentityFacts,
  mergeFacts,
} from "../../domain/identity/identity-facts.js";
import type { IdentitySettings } from "../../domain/identity/identity-settings.js";
import { completeProofs, missingFact } from "../../domain/identity/knowledge-rule.js";
import type { FailureKeys } from "../../domain/identity/lockout.js";
import { type Customer, customerDisplayName } from "../../domain/shop/customer.js";
import { loadIdentitySettings } from "../use-cases/identity/identity-settings-store.js";
import { clientKeys, customerKey, factKeys } from "./identity/identity-keys.js";
import { customerForProof, customersNamedBy } from "./identity/knowledge-check.js";
import { forgetFailures, isLockedOut, recordFailedAttempt } from "./identity/lockout-guard.js";
import { checkCode, issueCode, typedCode } from "./identity/one-time-code.js";
import { append, offer, say, type TurnContext } from "./turn-context.js";

type Verification = "verified" | "failed" | "partial" | "none";

/** The order the shopper named earlier in this flow ("cancel order #W1…") counts as a fact they gave. */
function flowOrderId(ctx: TurnContext): string | undefined {
  const slots = ctx.state.active?.slots;
  return slots?.orderId ?? (slots?.request ? factsInMessage(slots.request, [], false).orderId : undefined);
}

async function verified(
  ctx: TurnContext,
  customer: Customer,
  subjects: readonly string[],
  method: string,
): Promise<Verification> {
  ctx.customer = customer;
  ctx.conversation = { ...ctx.conversation, verifiedCustomerId: customer.id };
  ctx.state = appendLog({ ...ctx.state, identity: {}, failures: 0, awaiting: undefined }, `verified ${customer.id}`);
  // Name order follows the name's script, not the chat's language: 王芳, but Emma Wilson in a Chinese chat.
  const han = /[\u4e00-\u9fff]/.test(`${customer.lastName}${customer.firstName}`);
  say(ctx, "identity_ok", { name: customerDisplayName({ ...customer, locale: han ? "zh" : "en" }) }, { facts: [] });
  ctx.progressed = true;
  const { store, clock, ids } = ctx.deps;
  await forgetFailures(ctx.deps, subjects);
  await store.audit.append({
    id: ids.next("aud"),
    at: clock.nowIso(),
    actor: { type: "customer", id: customer.id },
    action: "identity.verify",
    entityType: "conversation",
    entityId: ctx.conversation.id,
    details: { method },
  });
  return "verified";
}

/** The neutral "couldn't verify" reply plus a way to a human; said the same for every account. */
function lockedOut(ctx: TurnContext): Verification {
  ctx.state = appendLog({ ...ctx.state, identity: {}, awaiting: undefined }, "verification locked");
  say(ctx, "identity_failed", {}, { facts: [], step: "identity_locked" });
  append(ctx, "identity_locked_human");
  const human = ctx.locale === "zh" ? "转人工客服" : "Talk to a human";
  offer(ctx, [{ label: human, value: human }]);
  ctx.progressed = true;
  return "partial";
}

/** A request made while identity is still incomplete is kept, so the flow runs once verified. */
function keepRequestedFlow(ctx: TurnContext, orderId: string | undefined): void {
  if (ctx.state.active) return;
  for (const c of ctx.understanding.commands) {
    const flow = c.type === "start_flow" ? DialogFlowName.safeParse(c.flow) : undefined;
    if (flow?.success) {
      ctx.state = {
        ...ctx.state,
        active: { name: flow.data, slots: { request: ctx.text.trim().slice(0, 500), ...(orderId ? { orderId } : {}) } },
        lastIntent: flow.data,
      };
      return;
    }
  }
}

/** Not enough facts yet: ask for the missing one, or send a code when the shop uses codes. */
async function askForMore(
  ctx: TurnContext,
  settings: IdentitySettings,
  facts: IdentityFacts,
  named: readonly Customer[],
): Promise<Verification> {
  keepRequestedFlow(ctx, facts.orderId);
  ctx.state = { ...ctx.state, identity: factsToRecord(facts), awaiting: "identity", choices: [] };
  ctx.progressed = true;
  if (settings.otp.enabled && (facts.email || facts.phone)) {
    const channel = facts.email ? "email" : "sms";
    const customer = await (channel === "email"
      ? ctx.deps.store.customers.findByEmail(facts.email ?? "")
      : ctx.deps.store.customers.findByPhone(facts.phone ?? ""));
    await issueCode(ctx.deps, {
      conversationId: ctx.conversation.id,
      customer: customer && named.some((c) => c.id === customer.id) ? customer : undefined,
      channel,
      locale: ctx.locale,
      settings: settings.otp,
    });
    const label = render(channel === "email" ? "channel_email" : "channel_sms", ctx.locale);
    say(ctx, "otp_sent", { channel: label, minutes: settings.otp.ttlMinutes }, { facts: [] });
    return "partial";
  }
  if (!settings.knowledge.enabled) {
    say(ctx, "identity_locked_human", {}, { facts: [] });
    return "partial";
  }
  const missing = missingFact(settings.knowledge.rule, facts);
  if (missing === "zip") say(ctx, "ask_identity_zip_plain", {}, { facts: [] });
  else if (settings.knowledge.rule === "tau2") say(ctx, "ask_identity_more_tau2", {}, { facts: [] });
  else if (missing === "identifier") say(ctx, "ask_identity", {}, { facts: [] });
  else if (missing === "contact_or_order") say(ctx, "ask_identity_contact", {}, { facts: [] });
  else say(ctx, "ask_identity_more", {}, { facts: [] });
  return "partial";
}

/** A six-digit code typed while a code is pending; undefined when no code was pending (a zip, then). */
async function answerCode(
  ctx: TurnContext,
  settings: IdentitySettings,
  code: string,
): Promise<Verification | undefined> {
  const { store } = ctx.deps;
  const pending = await store.identity.latestChallenge(ctx.conversation.id);
  if (!pending || pending.consumedAt !== null) return undefined;
  const keys: FailureKeys = {
    subjects: pending.customerId ? [customerKey(pending.customerId)] : [],
    clients: clientKeys(ctx.conversation),
  };
  if (await isLockedOut(ctx.deps, keys, settings.lockout)) return lockedOut(ctx);
  const check = await checkCode(ctx.deps, ctx.conversation.id, code, settings.otp);
  ctx.progressed = true;
  if (check.result === "ok") {
    const customer = await store.customers.get(check.customerId);
    if (customer) return verified(ctx, customer, keys.subjects, "otp");
  }
  if (check.result === "wrong") {
    const locked = await recordFailedAttempt(ctx.deps, keys, settings.lockout, {
      conversationId: ctx.conversation.id,
      method: "otp",
    });
    if (locked) return lockedOut(ctx);
    say(ctx, check.exhausted ? "otp_expired" : "otp_wrong", {}, { facts: [] });
  } else {
    say(ctx, "otp_expired", {}, { facts: [] });
  }
  ctx.state = { ...ctx.state, awaiting: "identity" };
  return "partial";
}

/**
 * Tries to verify the shopper from this message under the shop's identity policy. Returns "verified",
 * "failed" (a complete set of facts that matched no account), "partial" (a reply asking for more, a
 * code sent, or the lockout reply was given) or "none" (no identity details at all). Replies never
 * depend on whether an account exists, and name no one before verification.
 */
export async function tryVerify(ctx: TurnContext): Promise<Verification> {
  const settings = await loadIdentitySettings(ctx.deps.store);
  const answering = ctx.state.awaiting === "identity";
  const code = settings.otp.enabled && answering ? typedCode(ctx.text) : undefined;
  if (code) {
    const answered = await answerCode(ctx, settings, code);
    if (answered) return answered;
  }
  const before = factsFromRecord(ctx.state.identity);
  const fresh = factsInMessage(ctx.text, ctx.understanding.commands, answering);
  const continuing = answering && Boolean(fresh.orderId) && hasIdentifier(before);
  if (!hasIdentifier(fresh) && !continuing) return "none";
  const merged = mergeFacts(before, fresh);
  const orderId = merged.orderId ?? flowOrderId(ctx);
  const facts: IdentityFacts = orderId ? { ...merged, orderId } : merged;

  const { store } = ctx.deps;
  const named = await customersNamedBy(store, facts);
  const keys: FailureKeys = {
    subjects: [...factKeys(facts), ...named.map((c) => customerKey(c.id))],
    clients: clientKeys(ctx.conversation),
  };
  if (await isLockedOut(ctx.deps, keys, settings.lockout)) return lockedOut(ctx);

  const proofs = settings.knowledge.enabled ? completeProofs(settings.knowledge.rule, facts) : [];
  if (proofs.length === 0) return askForMore(ctx, settings, facts, named);
  for (const proof of proofs) {
    const customer = await customerForProof(store, proof);
    if (customer) return verified(ctx, customer, keys.subjects, `knowledge:${proof.kind}`);
  }
  const locked = await recordFailedAttempt(ctx.deps, keys, settings.lockout, {
    conversationId: ctx.conversation.id,
    method: "knowledge",
  });
  ctx.state = appendLog({ ...ctx.state, identity: {}, failures: ctx.state.failures + 1 }, "verification failed");
  if (locked) return lockedOut(ctx);
  return "failed";
}
