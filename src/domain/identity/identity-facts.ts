import type { Command } from "../agent/command.js";
import { patternEntities } from "../nlu/entities/pattern-entities.js";

/** What a shopper said about who they are, gathered over the turns of one verification. */
export interface IdentityFacts {
  email?: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  zip?: string;
  /** An order number the shopper claims as theirs (a second factor, never a proof alone). */
  orderId?: string;
}

const SLOT_TO_FACT = {
  email: "email",
  phone: "phone",
  first_name: "firstName",
  last_name: "lastName",
  zip: "zip",
  order_id: "orderId",
} as const satisfies Record<string, keyof IdentityFacts>;

function isFactSlot(slot: string): slot is keyof typeof SLOT_TO_FACT {
  return slot in SLOT_TO_FACT;
}

const EMAIL = /[^\s@,;，；:：<>()（）]+@[^\s@,;，；:：<>()（）]+\.[A-Za-z]{2,}/g;
const ZIP = /(?<![\d#A-Za-z+])(\d{5}(?:-\d{4})?|\d{6})(?![\d-])/;

/** "Sara Doe 12345, sara@x.com" / "王小明 100001": a bare name among the other facts. */
function bareName(text: string): { first: string; last: string } | undefined {
  const stripped = text
    .replace(EMAIL, " ")
    .replace(/#?W\d{7}\b/gi, " ")
    .replace(/\+?\d[\d\s-]{3,}\d/g, " ")
    .replace(/\d+/g, " ")
    .replace(
      /(?:订单号?|order(?: number| no\.?| #)?|邮编|zip(?: code)?|邮箱|e-?mail|手机号?码?|电话|phone(?: number)?)/gi,
      " ",
    )
    .replace(/[,，。.;；:：、/|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const zh = stripped.match(/^(?:我叫|我是|姓名是?)?\s*([\u4e00-\u9fff]{2,4})$/);
  if (zh?.[1]) return { last: zh[1].slice(0, 1), first: zh[1].slice(1) };
  const en = stripped
    .replace(/^(?:hi|hello)?\s*(?:my name is|name is|name|i am|i'm|this is|it's)\s+/i, "")
    .match(/^([A-Za-z'-]+)\s+([A-Za-z'-]+)$/);
  if (en?.[1] && en[2] && !/^(?:and|the|my|is)$/i.test(en[2])) return { first: en[1], last: en[2] };
  return undefined;
}

/** Facts stated in one message: from the understanding's slot commands, then the text's own patterns. */
export function factsInMessage(text: string, commands: readonly Command[], answeringIdentity: boolean): IdentityFacts {
  const facts: IdentityFacts = {};
  for (const c of commands) {
    if (c.type === "set_slot" && typeof c.value === "string" && isFactSlot(c.slot) && c.value.trim()) {
      facts[SLOT_TO_FACT[c.slot]] = c.value.trim();
    }
  }
  const half = text.normalize("NFKC");
  for (const e of patternEntities(half, half)) {
    if (e.type === "email" && !facts.email) facts.email = e.value;
    if (e.type === "phone" && !facts.phone) facts.phone = e.value;
    if (e.type === "order_id" && !facts.orderId) facts.orderId = e.value;
  }
  if (!facts.firstName) {
    const bare = bareName(half);
    if (bare) {
      facts.firstName = bare.first;
      facts.lastName = bare.last;
    }
  }
  // A bare five/six-digit number is a zip only while identity is asked for or next to a name.
  const zip = half.replace(EMAIL, " ").match(ZIP)?.[1];
  if (zip && !facts.zip && zip !== facts.phone && (answeringIdentity || facts.firstName)) facts.zip = zip;
  return facts;
}

/** Facts of this message over those gathered before (a correction replaces the earlier value). */
export function mergeFacts(before: IdentityFacts, now: IdentityFacts): IdentityFacts {
  return { ...before, ...now };
}

/** Whether the message stated anything about identity at all. */
export const hasFacts = (facts: IdentityFacts): boolean => Object.values(facts).some((v) => Boolean(v));

/** Whether the message states who the shopper is (an order number alone does not). */
export const hasIdentifier = (facts: IdentityFacts): boolean =>
  Boolean(facts.email || facts.phone || facts.firstName || facts.zip);

/** Dialog state keeps facts as a plain string record. */
export function factsFromRecord(record: Readonly<Record<string, string>>): IdentityFacts {
  const facts: IdentityFacts = {};
  for (const key of ["email", "phone", "firstName", "lastName", "zip", "orderId"] as const) {
    const value = record[key];
    if (value) facts[key] = value;
  }
  return facts;
}

export function factsToRecord(facts: IdentityFacts): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).filter((e): e is [string, string] => typeof e[1] === "string"));
}
