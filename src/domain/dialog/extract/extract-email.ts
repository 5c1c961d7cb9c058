import { cleanInput, editDistance } from "./text.js";

/** An email address read from a message. */
export interface ExtractedEmail {
  /** The address as typed, normalised: lower case, spelled-out "at"/"dot" and stray spaces fixed. */
  email: string;
  /** The likely intended address when the domain looks like a typo of a common one ("gmial.com"). */
  suggestion?: string;
}

const COMMON_DOMAINS = [
  "gmail.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.com",
  "icloud.com",
  "aol.com",
  "live.com",
  "msn.com",
  "protonmail.com",
  "qq.com",
  "163.com",
  "126.com",
  "sina.com",
  "foxmail.com",
  "example.com",
];
/** Providers shoppers type without the ".com". */
const BARE_PROVIDERS: Readonly<Record<string, string>> = {
  gmail: "gmail.com",
  yahoo: "yahoo.com",
  hotmail: "hotmail.com",
  outlook: "outlook.com",
  icloud: "icloud.com",
  qq: "qq.com",
  "163": "163.com",
  "126": "126.com",
};

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*/;

/** Puts spelled-out and spaced addresses back together: "john dot doe at gmail dot com", "a @ b . com". */
function unspell(text: string): string {
  return text
    .replace(/[＠]/g, "@")
    .replace(/\s*(?:\(at\)|\[at\]|\{at\}|<at>)\s*/gi, "@")
    .replace(/\s*(?:\(dot\)|\[dot\]|\{dot\}|<dot>)\s*/gi, ".")
    .replace(/(\w)\s+at\s+(\w+(?:\s+dot\s+\w+)+)/gi, "$1@$2")
    .replace(/(\S)\s+dot\s+(?=\w)/gi, "$1.")
    .replace(/([a-z0-9])\s*@\s*([a-z0-9])/gi, "$1@$2")
    .replace(/(@[a-z0-9.-]+?)\s*[.,。]\s*(com|net|org|cn|edu|io|co)\b/gi, "$1.$2");
}

/** The common domain this one is probably a typo of, when close and not already common. */
function domainFix(domain: string): string | undefined {
  if (COMMON_DOMAINS.includes(domain)) return undefined;
  const bare = BARE_PROVIDERS[domain];
  if (bare) return bare;
  const [name = "", ...tld] = domain.split(".");
  const tldFix = tld.join(".").replace(/^(?:con|cm|comm|cpm|vom|om|co|c0m)$/, "com");
  const fixed = `${name}.${tldFix}`;
  if (COMMON_DOMAINS.includes(fixed)) return fixed;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of COMMON_DOMAINS) {
    const d = editDistance(fixed, candidate, 2);
    if (d < bestDistance && d <= (candidate.length > 8 ? 2 : 1)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Reads an email address, forgiving how people type it: full-width ＠, "john at gmail dot com", spaces around
 * "@" and ".", trailing punctuation, upper case; suggests the common domain for typos ("gmial.con" → gmail.com).
 */
export function extractEmail(text: string): ExtractedEmail | undefined {
  const t = unspell(cleanInput(text)).toLowerCase();
  const m = t.match(EMAIL);
  if (!m) return undefined;
  const email = m[0].replace(/[.-]+$/, "");
  const at = email.indexOf("@");
  const domain = email.slice(at + 1);
  if (at < 1 || domain === "") return undefined;
  const fix = domainFix(domain);
  if (!domain.includes(".") && !fix) return undefined;
  return fix ? { email, suggestion: `${email.slice(0, at)}@${fix}` } : { email };
}
