import type { Entity } from "../entity.js";
import { groupSpan, matchAll, spanEntity } from "./entity-candidate.js";

/** Common Chinese surnames: "我是" + surname + 1–2 chars is taken as a name, otherwise it is just "I am". */
const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
  "欧阳",
  "司马",
  "上官",
  "诸葛",
]);
/** Characters that end a Chinese name early ("我叫张三想问…" → 张三). */
const NAME_STOP = new Set("想要的在是了啊呢吧我你订买问有和跟说来刚今昨请，。,.!！?？ 0123456789".split(""));
const EN_STOP = new Set([
  "and",
  "my",
  "from",
  "i",
  "im",
  "the",
  "order",
  "email",
  "zip",
  "with",
  "here",
  "please",
  "but",
]);
/** Capitalised words after "I'm" that are not names ("I'm Sorry", "I'm Looking"). */
const NOT_NAMES =
  /^(?:\w+ing|\w+ed|sorry|not|so|very|still|just|also|really|fine|good|ok|okay|sure|happy|sad|angry|upset|unhappy|here|back|new|done|from|in|at|on|a|an|the|your|this|that|calling|writing)$/i;

const EN_NAME_IS =
  /\b(?:my name is|my name's|name is|name:|i am called|call me)\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})/dgi;
const EN_THIS_IS = /\b(?:[Tt]his is|[Ii] am|[Ii]'m|[Ii]m)\s+([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})/dg;
const ZH_NAME_IS =
  /(?:我叫|我的名字是|我的名字叫|名字是|名字叫|姓名[:：]?\s?|收货人[:：是]?\s?)([\u4e00-\u9fff]{2,4})/dg;
const ZH_I_AM = /我是([\u4e00-\u9fff]{2,4})/dg;

function titleCase(words: string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(" ");
}

function trimChinese(candidate: string): string {
  let name = candidate.slice(0, 2);
  for (const ch of candidate.slice(2, 3)) if (!NAME_STOP.has(ch)) name += ch;
  return name;
}

/** Names after "my name is / this is / 我叫 / 我是 (+ surname)"; values are title-cased or as written. */
export function personNameEntities(text: string, original: string): Entity[] {
  const found: Entity[] = [];
  for (const [pattern, strict] of [
    [EN_NAME_IS, false],
    [EN_THIS_IS, true],
  ] as const) {
    for (const m of matchAll(pattern, text)) {
      const words: string[] = [];
      for (const w of (m[1] ?? "").split(/\s+/)) {
        if (EN_STOP.has(w.toLowerCase())) break;
        words.push(w);
      }
      if (words.length === 0 || (strict && words.some((w) => NOT_NAMES.test(w)))) continue;
      const [start] = groupSpan(m, 1);
      const end = start + words.join(" ").length;
      found.push(spanEntity(original, "person_name", titleCase(words), start, end, { score: strict ? 0.8 : 1 }));
    }
  }
  for (const [pattern, needsSurname] of [
    [ZH_NAME_IS, false],
    [ZH_I_AM, true],
  ] as const) {
    for (const m of matchAll(pattern, text)) {
      const raw = m[1] ?? "";
      const twoCharSurname = SURNAMES.has(raw.slice(0, 2));
      if (needsSurname && !SURNAMES.has(raw.charAt(0)) && !twoCharSurname) continue;
      const name =
        twoCharSurname && raw.length >= 3 ? raw.slice(0, 2) + trimChinese(raw.slice(2)).slice(0, 2) : trimChinese(raw);
      if (NAME_STOP.has(name.charAt(1))) continue;
      const [start] = groupSpan(m, 1);
      found.push(
        spanEntity(original, "person_name", name, start, start + name.length, { score: needsSurname ? 0.8 : 1 }),
      );
    }
  }
  return found;
}
