import type { Command } from "../../domain/agent/command.js";
import { appendLog } from "../../domain/dialog/dialog-state.js";
import { type Customer, customerDisplayName } from "../../domain/shop/customer.js";
import { say, type TurnContext } from "./turn-context.js";

/** Slots that identify a shopper; an order number alone proves nothing. */
const IDENTITY_SLOTS: ReadonlySet<string> = new Set(["email", "phone", "first_name", "last_name", "zip"]);

function slotValues(commands: readonly Command[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of commands) {
    if (c.type === "set_slot" && typeof c.value === "string" && IDENTITY_SLOTS.has(c.slot)) out[c.slot] = c.value;
  }
  return out;
}

/** "Sara Doe 12345" / "王小明 100001": a bare name next to a zip, as shoppers answer the question. */
function bareName(text: string): { first: string; last: string } | undefined {
  const stripped = text
    .replace(/\d{5,6}(?:-\d{4})?/g, " ")
    .replace(/[,，。.;:：]/g, " ")
    .trim();
  const zh = stripped.match(/^(?:我叫|我是|姓名)?\s*([\u4e00-\u9fff]{2,4})$/);
  if (zh?.[1]) return { last: zh[1].slice(0, 1), first: zh[1].slice(1) };
  const en = stripped.replace(/^(?:my name is|name|i am|i'm|this is)\s+/i, "").match(/^([A-Za-z'-]+)\s+([A-Za-z'-]+)$/);
  if (en?.[1] && en[2]) return { first: en[1], last: en[2] };
  return undefined;
}

/** Identity facts in this message: email, phone, names, zip. */
function identityFacts(ctx: TurnContext): Record<string, string> {
  const facts = { ...ctx.state.identity, ...slotValues(ctx.understanding.commands) };
  const bare = bareName(ctx.text);
  if (bare && !facts.first_name) {
    facts.first_name = bare.first;
    facts.last_name = bare.last;
  }
  const zip = ctx.text.match(/(?<![\d#A-Za-z])(\d{5}(?:-\d{4})?|\d{6})(?!\d)/)?.[1];
  if (zip && !facts.zip && (ctx.state.awaiting === "identity" || facts.first_name)) facts.zip = zip;
  return facts;
}

async function lookUp(ctx: TurnContext, facts: Record<string, string>): Promise<Customer | undefined> {
  const { customers } = ctx.deps.store;
  if (facts.email) {
    const found = await customers.findByEmail(facts.email);
    if (found) return found;
  }
  if (facts.phone) {
    const found = await customers.findByPhone(facts.phone);
    if (found) return found;
  }
  if (facts.first_name && facts.last_name && facts.zip) {
    const found = await customers.findByNameAndZip(facts.first_name, facts.last_name, facts.zip);
    if (found) return found;
    // Chinese names arrive as 姓+名 or 名+姓 depending on who entered them.
    return customers.findByNameAndZip(facts.last_name, facts.first_name, facts.zip);
  }
  return undefined;
}

/**
 * Tries to verify the shopper from this message. Returns "verified", "failed" (details given but no
 * match), "partial" (a name without zip) or "none" (no identity details at all).
 */
export async function tryVerify(ctx: TurnContext): Promise<"verified" | "failed" | "partial" | "none"> {
  const facts = identityFacts(ctx);
  const fresh = slotValues(ctx.understanding.commands);
  const gaveSomething =
    Boolean(fresh.email || fresh.phone || fresh.zip || fresh.first_name) ||
    (ctx.state.awaiting === "identity" && Object.keys(facts).length > Object.keys(ctx.state.identity).length);
  if (!gaveSomething) return "none";
  const customer = await lookUp(ctx, facts);
  if (customer) {
    ctx.customer = customer;
    ctx.conversation = { ...ctx.conversation, verifiedCustomerId: customer.id };
    ctx.state = appendLog({ ...ctx.state, identity: {}, failures: 0, awaiting: undefined }, `verified ${customer.id}`);
    say(ctx, "identity_ok", { name: customerDisplayName({ ...customer, locale: ctx.locale }) }, { facts: [] });
    ctx.progressed = true;
    return "verified";
  }
  if (facts.first_name && !facts.zip && !facts.email && !facts.phone) {
    ctx.state = { ...ctx.state, identity: facts, awaiting: "identity" };
    say(ctx, "ask_identity_zip", { name: facts.first_name }, { facts: [] });
    ctx.progressed = true;
    return "partial";
  }
  ctx.state = appendLog({ ...ctx.state, identity: {}, failures: ctx.state.failures + 1 }, "verification failed");
  return "failed";
}
