import { passesLuhn } from "./luhn.js";

export type PiiKind = "EMAIL" | "PHONE" | "CARD" | "NAME" | "ADDRESS" | "ORDER";

/** Placeholder → original value, kept per conversation so replies can be restored. */
export type PiiVault = Map<string, string>;

export interface RedactOptions {
  /** Names known from customer data (first/last/full), redacted wherever they appear. */
  knownNames?: readonly string[];
  /** Order numbers are kept by default because flows need them; set true to hide them. */
  redactOrders?: boolean;
}

interface Rule {
  kind: PiiKind;
  pattern: RegExp;
  /** Group holding the sensitive part; the rest of the match is kept. */
  group?: number;
  accept?: (value: string, text: string, index: number) => boolean;
}

const CARD_WORDS = /(?:card|visa|master|amex|unionpay|credit|debit|卡|信用卡|银行卡|储蓄卡)/i;

/** A 12–19 digit run is card digits when Luhn-valid, grouped like a card, or next to a card word. */
function looksLikeCard(value: string, text: string, index: number): boolean {
  const digits = value.replace(/\D/g, "");
  if (passesLuhn(digits)) return true;
  if (/^\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7}$/.test(value)) return true;
  return CARD_WORDS.test(text.slice(Math.max(0, index - 24), index));
}

const RULES: Rule[] = [
  { kind: "EMAIL", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  { kind: "CARD", pattern: /(?<![\d#\w])\d(?:[ -]?\d){11,18}(?!\d)/g, accept: looksLikeCard },
  // "card ending in 4242", "尾号4242": partial card digits are still card digits.
  {
    kind: "CARD",
    pattern:
      /(?:ending(?: in| with)?|last (?:4|four)(?: digits)?(?: are| is)?|尾号(?:是)?|末四位(?:是)?)\s*:?\s*(\d{4})(?!\d)/gi,
    group: 1,
  },
  { kind: "PHONE", pattern: /(?<![\d#\w])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g },
  { kind: "PHONE", pattern: /(?<![\w#])\+\d{1,3}[ -]?(?:\(?\d{1,4}\)?[ -]?){2,4}\d{2,4}(?!\d)/g },
  { kind: "PHONE", pattern: /(?<![\w#])\(?\d{3}\)?[ -.]\d{3}[ -.]\d{4}(?!\d)/g },
  {
    kind: "ADDRESS",
    pattern:
      /\b\d{1,6}\s+(?:[A-Z][a-z]+\s){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl)\b\.?/g,
  },
  {
    kind: "ADDRESS",
    pattern: /[\p{Script=Han}]{2,12}(?:路|街|道|巷)\d{1,5}号(?:[\p{Script=Han}\d]{0,10}(?:室|楼|单元))?/gu,
  },
  { kind: "NAME", pattern: /(?:my name is|i am called|this is)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/gi, group: 1 },
  { kind: "NAME", pattern: /(?:我叫|我的名字是|我是)([\p{Script=Han}]{2,3})/gu, group: 1 },
  // The bot's own greetings ("Thank you, Yusuf, you're verified.", "谢谢王小明，") carry the name.
  { kind: "NAME", pattern: /(?:[Tt]hanks|[Tt]hank you),\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[,.!])/g, group: 1 },
  { kind: "NAME", pattern: /谢谢([\p{Script=Han}]{2,4})(?=[，,。！])/gu, group: 1 },
];

/** Shop order numbers: #W2378156 style or 13-digit Chinese marketplace numbers. */
const ORDER_PATTERN = /#?W\d{7}\b|(?<![\d\w])\d{13}(?!\d)/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Reuses the placeholder already given to a value so the model sees consistent tokens. */
function placeholderFor(vault: PiiVault, kind: PiiKind, value: string): string {
  for (const [token, original] of vault) if (original === value && token.startsWith(`⟦${kind}_`)) return token;
  let n = 1;
  for (const token of vault.keys()) if (token.startsWith(`⟦${kind}_`)) n++;
  const token = `⟦${kind}_${n}⟧`;
  vault.set(token, value);
  return token;
}

function applyRules(text: string, vault: PiiVault): string {
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const index = rest.find((x): x is number => typeof x === "number") ?? 0;
      const part = rule.group === undefined ? match : rest[rule.group - 1];
      if (typeof part !== "string" || part.includes("⟦")) return match;
      if (rule.accept && !rule.accept(part, out, index)) return match;
      return match.replace(part, placeholderFor(vault, rule.kind, part));
    });
  }
  return out;
}

/** Replaces PII with ⟦KIND_n⟧ placeholders, recording originals in the vault. */
export function redactPii(text: string, vault: PiiVault, options: RedactOptions = {}): string {
  let out = text;
  const names = [...(options.knownNames ?? [])].filter((n) => n.trim().length >= 2).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const re = new RegExp(/^[\p{Script=Han}]/u.test(name) ? escapeRegExp(name) : `\\b${escapeRegExp(name)}\\b`, "giu");
    out = out.replace(re, (m) => placeholderFor(vault, "NAME", m));
  }
  if (options.redactOrders) {
    return applyRules(
      out.replace(ORDER_PATTERN, (m) => placeholderFor(vault, "ORDER", m)),
      vault,
    );
  }
  // Kept order numbers are cut out first so a Luhn-valid 13-digit order is never taken for a card.
  const pieces: string[] = [];
  let last = 0;
  for (const m of out.matchAll(ORDER_PATTERN)) {
    pieces.push(applyRules(out.slice(last, m.index), vault), m[0]);
    last = m.index + m[0].length;
  }
  pieces.push(applyRules(out.slice(last), vault));
  return pieces.join("");
}

/** Puts the original values back into text the model wrote. */
export function restorePii(text: string, vault: PiiVault): string {
  return text.replace(/⟦[A-Z]+_\d+⟧/g, (token) => vault.get(token) ?? token);
}

/** Names and placeholders of one conversation, shared by everything that talks to a model. */
export interface ConversationPrivacy {
  vault: PiiVault;
  /** Grows as the conversation reveals names (NLU entities, the verified customer). */
  names: Set<string>;
  redactOrders: boolean;
}

export function createConversationPrivacy(options: { redactOrders?: boolean; names?: readonly string[] } = {}) {
  const privacy: ConversationPrivacy = {
    vault: new Map(),
    names: new Set(options.names ?? []),
    redactOrders: options.redactOrders ?? false,
  };
  return privacy;
}

/** Redacts with the conversation's vault and every name learnt so far. */
export function redactFor(privacy: ConversationPrivacy, text: string): string {
  return redactPii(text, privacy.vault, { knownNames: [...privacy.names], redactOrders: privacy.redactOrders });
}

/**
 * Names in an answer to "who are you?": capitalised word pairs ("Emma Wilson 94107") or a short
 * Han run next to digits ("李娜 200031"). Only used while the bot is asking for identity.
 */
export function namesInIdentityAnswer(text: string): string[] {
  const latin = [...text.matchAll(/\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b/g)].map((m) => m[0]);
  const han = [...text.matchAll(/(?<![\p{Script=Han}])([\p{Script=Han}]{2,4})[\s,，]*\d{5,6}/gu)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  return [...latin, ...han];
}
