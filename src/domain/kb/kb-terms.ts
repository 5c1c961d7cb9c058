import { isHan, normalizeText } from "../nlu/normalize-text.js";
import type { Segmenter } from "../nlu/segmenter.js";
import { canonicalTerm } from "./kb-synonyms.js";

/** Function words and hedges ("usually", "一般"): frequent, and they say nothing about the topic. */
const EN_STOP = new Set(
  "a an the and or of to in on for is are was be do does did i my me you your we our it its this that with can could how what when where why which will would should please hi hello there have has from at by as if not no yes any get usually normally generally typically about wait hmm oh btw actually just tho though".split(
    " ",
  ),
);
const ZH_STOP = new Set(
  "的 了 吗 呢 吧 啊 呀 我 你 您 我们 你们 是 在 怎么 怎样 如何 什么 请问 可以 能 能否 和 有 要 想 一下 这个 那个 就 都 也 还 会 个 把 被 给 让 请 谢谢 哪些 多少 一般 通常 大概 大约 一般来说".split(
    " ",
  ),
);

function singular(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/**
 * Index terms of a text: Chinese runs cut by the segmenter, Latin words lower-cased and
 * singularised, stop words and lone unknown Han characters dropped, synonyms folded to one canonical term.
 */
export function kbTerms(text: string, segmenter: Segmenter): string[] {
  const terms: string[] = [];
  const normalized = normalizeText(text);
  for (const run of normalized.match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (isHan(run.charCodeAt(0))) {
      for (const word of segmenter.cut(run)) {
        const term = canonicalTerm(word);
        // Lone characters (开, 能, 想) carry little meaning unless the synonym table knows them.
        if (word.trim() && !ZH_STOP.has(word) && (word.length > 1 || term !== word)) terms.push(term);
      }
    } else if (!EN_STOP.has(run)) {
      terms.push(canonicalTerm(run) === run ? canonicalTerm(singular(run)) : canonicalTerm(run));
    }
  }
  return terms;
}
