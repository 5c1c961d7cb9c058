/**
 * Terms a message is findable by, for a blind index (each term is stored only as a keyed hash):
 * lower-cased Latin/digit words of 2+ characters, and Chinese as overlapping character bigrams
 * (a lone Chinese character is kept as is), so "退货" matches inside "我想退货了".
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  const normal = text.normalize("NFKC").toLowerCase();
  for (const word of normal.match(/[\p{L}\p{N}]+/gu) ?? []) {
    for (const run of splitScripts(word)) {
      if (isHan(run)) addBigrams(run, terms);
      else if (run.length >= 2) terms.add(run);
    }
  }
  return [...terms];
}

const HAN = /\p{Script=Han}/u;

function isHan(run: string): boolean {
  return HAN.test(run);
}

/** "iphone退货" → ["iphone", "退货"]: Han and non-Han runs are indexed differently. */
function splitScripts(word: string): string[] {
  return word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

function addBigrams(run: string, terms: Set<string>): void {
  const chars = [...run];
  if (chars.length === 1) {
    terms.add(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) terms.add(`${chars[i]}${chars[i + 1]}`);
}
