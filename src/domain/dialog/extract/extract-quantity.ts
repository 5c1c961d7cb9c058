import { normalizeText } from "../../nlu/normalize-text.js";
import { cleanInput, parseEnNumber, parseZhNumber } from "./text.js";

const UNIT_AFTER =
  /^\s*(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|times?|am|pm|%|元|块|美元|dollars?|bucks|usd|rmb|yuan|cents?|inch(?:es)?|in\b|ft|feet|gb|tb|mb|ml|l\b|mm|cm|kg|lbs?|mah|mp|w\b|x\b|st|nd|rd|th|天|周|个月|年|小时|分钟|点|号楼|楼|室|单元|码|号|寸|英寸|毫升|升|次)/;
const NOT_A_COUNT_BEFORE =
  /(?:[$¥#]|\b(?:size|item|number|no\.?|option|order|line|choice|zip|apt|suite|unit|card|ending(?: in)?|last|of the)\s*)$/;
const NOT_A_NOUN = /^\s*(?:please|pls|plz|thanks|thx|more|less|sec|second|moment|is|was|are|were|and|or|to|the)\b/;
const ZH_MEASURE = "个件双条只台瓶盒套支把张本副份包顶块";

/**
 * How many units the shopper names: "2 of the t-shirts", "two shirts", "x2", "qty: 3", "a pair of", "两件",
 * "3双". Ignores money, sizes, ids, durations and positions ("第二个"). Undefined when none.
 */
export function extractQuantity(text: string): number | undefined {
  const t = normalizeText(cleanInput(text)).replace(/#?w\d{7}\b/g, " ");
  const cued = t.match(
    /\b(?:qty|quantity|数量)\s*[:=]?\s*(\d{1,3})\b|(?:^|\s)x\s?(\d{1,2})\b|\b(\d{1,2})\s?x(?=\s|$)|数量\s*[:：]?\s*(\d{1,3})/,
  );
  const cuedValue = cued?.slice(1).find((g) => g !== undefined);
  if (cuedValue) return Number(cuedValue);
  if (/\b(?:a )?(?:pair|couple)\s+of\b/.test(t)) return 2;
  for (const m of t.matchAll(new RegExp(`(第?)([一二两三四五六七八九十\\d]{1,3})\\s*[${ZH_MEASURE}]`, "g"))) {
    // "第二个" is a position, never a count.
    if (m[1]) continue;
    const before = t.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    if (/倒数|前|头/.test(before) || /最后/.test(before)) continue;
    const n = parseZhNumber(m[2] ?? "");
    if (n !== undefined && n > 0) return n;
  }
  for (const m of t.matchAll(
    /(?<![\w.$¥#/-])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?![\w.,/:-])/g,
  )) {
    const start = m.index ?? 0;
    const after = t.slice(start + m[0].length);
    const before = t.slice(Math.max(0, start - 14), start);
    if (UNIT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before)) continue;
    if (!/^\s+(?:of\b|[a-z\u4e00-\u9fff])/.test(after) || NOT_A_NOUN.test(after)) continue;
    const n = parseEnNumber(m[1] ?? "");
    if (n !== undefined && n > 0 && n < 1000) return n;
  }
  return undefined;
}
