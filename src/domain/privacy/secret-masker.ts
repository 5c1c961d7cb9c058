import { passesLuhn } from "./luhn.js";

/**
 * Masks secrets nobody should keep (card numbers, card security codes, Chinese resident ID numbers)
 * before text is stored or logged. Unlike the PII redactor it is one-way: the digits are gone.
 */

const CARD_MASK = "•••• •••• •••• ";
const CVV_MASK = "•••";
const ID_MASK = "••••••••••••••";

/** Words that say the digits nearby are a card (or its code). */
const CARD_WORDS = /(?:card|visa|master|amex|unionpay|credit|debit|卡|信用卡|银行卡|储蓄卡)/i;

/** 13–19 digits, single spaces or dashes between them, not part of a longer digit run or a Latin word (Han text has no spaces). */
const CARD_RUN = /(?<![A-Za-z0-9#+_/.]|\d[ -])\d(?:[ -]?\d){12,18}(?![ -]?\d|[A-Za-z_])/g;

/** A card security code named as such ("CVV 123", "安全码：123"); 6-digit one-time codes are never touched. */
const CVV_NAMED =
  /((?:cvv2?|cvc2?|cid|security code|card code|安全码|卡背(?:后)?(?:三|3)位(?:数字)?)\s*(?:is|are|[:：是为])?\s*)(\d{3,4})(?!\d)/giu;

/** Expiry and a bare code typed straight after a masked card: "•••• 4242 12/27 123". */
const CVV_AFTER_CARD =
  /(•••• •••• •••• \d{4}(?:[ ,;/]+(?:exp(?:iry|ires)?\s*)?\d{2}\s*\/\s*\d{2,4})?[ ,;/]+)(\d{3,4})(?![\d/])/giu;

/** 17 digits and a check character: the resident identity card number (居民身份证号码). */
const CN_ID_RUN = /(?<![A-Za-z0-9])\d{17}[\dXx](?![A-Za-z0-9])/g;

const CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_ID_CHECK = "10X98765432";

/** GB 11643 checksum plus a plausible birth date, so long order or tracking numbers are not taken for IDs. */
export function isChineseIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (CN_ID_WEIGHTS[i] ?? 0);
  return CN_ID_CHECK[sum % 11] === value[17]?.toUpperCase();
}

/**
 * A digit run is a card when Luhn-valid and either 14–19 digits starting like a card network (2–6),
 * or any length with a card word just before it. Bare 13-digit runs are marketplace order numbers.
 */
function isCardNumber(run: string, text: string, index: number): boolean {
  const digits = run.replace(/\D/g, "");
  if (!passesLuhn(digits)) return false;
  if (digits.length >= 14 && /^[2-6]/.test(digits)) return true;
  return CARD_WORDS.test(text.slice(Math.max(0, index - 24), index));
}

/** The card at the start of a digit run; "4242… 12/27" reads as one run, so shorter prefixes ending at a separator are tried too. */
function maskCardIn(run: string, text: string, index: number): string {
  for (let end = run.length; end > 0; end = run.slice(0, end).search(/[ -]\d*$/)) {
    const candidate = run.slice(0, end);
    if (candidate.replace(/\D/g, "").length < 13) break;
    if (isCardNumber(candidate, text, index)) {
      return `${CARD_MASK}${candidate.replace(/\D/g, "").slice(-4)}${run.slice(end)}`;
    }
  }
  return run;
}

/** The text with card numbers shown as "•••• •••• •••• 4242", security codes and resident ID numbers hidden. */
export function maskSecrets(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = text.replace(CN_ID_RUN, (id) => (isChineseIdNumber(id) ? `${ID_MASK}${id.slice(-4)}` : id));
  out = out.replace(CARD_RUN, (run: string, index: number, whole: string) => maskCardIn(run, whole, index));
  out = out.replace(CVV_NAMED, (_m, lead: string) => `${lead}${CVV_MASK}`);
  return out.replace(CVV_AFTER_CARD, (_m, lead: string) => `${lead}${CVV_MASK}`);
}

/** Whether masking would change the text, for callers that log what they hid. */
export function containsSecrets(text: string): boolean {
  return maskSecrets(text) !== text;
}
