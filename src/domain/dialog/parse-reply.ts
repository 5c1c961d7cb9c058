import { normalizeText } from "../nlu/normalize-text.js";

const YES_EN =
  /^(?:y|yes|yeah|yep|yup|ya|yea|sure|ok|okay|k|fine|alright|confirm(?:ed)?|correct|right|go ahead|please do|do it|proceed|absolutely|of course|sounds good|perfect|great)\b/;
const NO_EN = /^(?:n|no(?! longer| more)|nope|nah|don'?t|do not|cancel|stop|never ?mind|not now|wait)\b/;
const YES_ZH = /^(?:是|是的|对|对的|好|好的|行|可以|确认|确定|没问题|嗯|同意|要|需要)/;
const NO_ZH = /^(?:不|否|别|算了|取消|不要|不用|不了|先不|没有|没了|没事)/;

/** An explicit yes or no at the start of a reply, in English or Chinese. */
export function parseYesNo(text: string): "yes" | "no" | undefined {
  const t = normalizeText(text)
    .trim()
    .replace(/^[\s,.!，。！]+/, "");
  // "fine, yes cancel it", "ok so no": a filler word before the answer.
  const answer = t.replace(
    /^(?:(?:fine|ok(?:ay)?|alright|all right|well|so|actually|hmm+|um+|uh+|then|great|cool)[,.!]?\s+)+(?=\S)/,
    "",
  );
  if (NO_ZH.test(answer) || NO_EN.test(answer)) return "no";
  if (YES_ZH.test(t) || YES_EN.test(t) || YES_EN.test(answer)) return "yes";
  return undefined;
}

/** "actually", "no, the other one", "不对", "其实是" … : the shopper is correcting an earlier answer. */
export function hasCorrectionCue(text: string): boolean {
  return /\b(?:actually|instead|wrong|not that|the other|i meant|i mean|sorry,? i)\b|^no\b|不对|不是|其实|搞错|错了|另一个|另外一个|换成|改成|我是说/.test(
    normalizeText(text),
  );
}

/** "sorry, my mistake", "no wait", "不好意思": the shopper apologises or corrects themself, which reads negative but is no complaint. */
export function isSelfCorrection(text: string): boolean {
  return /\b(?:sorry|my (?:bad|mistake)|no wait|oops)\b|不好意思|抱歉|对不起|等一下|搞错了/.test(normalizeText(text));
}

/** "the other one" / "另一个": refers to the choice not currently selected. */
export function mentionsOther(text: string): boolean {
  return /\bother\b|另一|另外/.test(normalizeText(text));
}

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  one: 1,
  second: 2,
  "2nd": 2,
  two: 2,
  third: 3,
  "3rd": 3,
  three: 3,
  fourth: 4,
  "4th": 4,
  four: 4,
  fifth: 5,
  "5th": 5,
  five: 5,
};
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * 1-based positions the shopper picked: "the first one", "2", "item 2 and 3", "第二个", "第1件";
 * `"all"` for "all / both / 全部 / 都". Long numbers (order ids, phones) are ignored.
 */
export function parseChoicePositions(text: string): number[] | "all" {
  const t = normalizeText(text);
  if (/\b(?:all|both|everything|every item)\b|全部|都要|所有|两个都|两件都|都退|都换/.test(t)) return "all";
  const found: number[] = [];
  // "the second one": "one" is the noun there, not a position.
  const noNounOne = t.replace(
    /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|other|that|this|same|new|blue|red|black|white)\s+ones?\b/g,
    "$1",
  );
  for (const m of noNounOne.matchAll(
    /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|one|two|three|four|five)\b/g,
  )) {
    const n = EN_ORDINALS[m[1] ?? ""];
    if (n) found.push(n);
  }
  if (/\blast\b|最后一/.test(t)) found.push(-1);
  for (const m of t.matchAll(/第\s*([一二两三四五六七八九]|\d)/g)) {
    const raw = m[1] ?? "";
    found.push(ZH_DIGITS[raw] ?? Number(raw));
  }
  // A lone digit, not one inside a code like "1Z999AA…" or "B2", nor a measure ("2-piece", "6 ft", "42码"),
  // nor a size ("size 7"); in a longer message ("size 7, synthetic, waterproof yes") digits describe, not pick.
  const describing = t
    .split(/[\s,，、]+/)
    .filter((w) => w && !/^\d+$|^(?:item|items|number|no\.?|and|&|or|option|options|the|pls|please|ok|#)$/.test(w));
  const short = describing.length <= 2;
  if (short && !/\b(?:size|sz|us|eu|uk)\s*\d|尺码|码数/.test(t))
    for (const m of t.matchAll(
      /(?<![\da-z#.])(\d)(?![\d.a-z-]|\s*(?:ft|feet|foot|in|inch|inches|cm|mm|m|l|ml|kg|g|oz|lb|lbs|pc|pcs|piece|pieces|gb|tb|mah|w|v)\b|\s*(?:寸|码|号|升|件套|米|厘米))/g,
    ))
      found.push(Number(m[1]));
  return [...new Set(found)];
}

/**
 * A general question ("how long do refunds take?", "退款多久到账？") rather than a request about the
 * shopper's own order: the bot tries the KB before starting a flow.
 */
export function looksLikeGeneralQuestion(text: string): boolean {
  // "wait, do I have to pay for return shipping?": the lead-in is not part of the question.
  const t = normalizeText(text).replace(
    /^(?:(?:wait|hmm+|oh|um+|uh|btw|also|and|but|so|ok(?:ay)?|sorry|quick question)\b[\s,.:!-]*)+/,
    "",
  );
  const personal =
    /\b(?:my|mine|i want|i'd like|i need|please)\b|#?w\d{7}|\d{10,}|我的|我要|我想|帮我|给我|这个订单|订单号/.test(t);
  if (personal) return false;
  return /^(?:how|what|when|do|does|can|is|are|which|where can)\b|\bpolicy\b|多久|多长时间|怎么|如何|什么|吗[?？]?$|政策|规定|能不能|可不可以|是否/.test(
    t,
  );
}

/**
 * "No wait, I want to keep it", "never mind", "算了，不取消了": the shopper drops the request they
 * are in the middle of (not a refusal of the bot, not a reason to hand off).
 */
export function dropsRequest(text: string): boolean {
  return /\b(?:keep (?:it|them|the order|my order)|i(?:'ll| will) keep|don'?t (?:cancel|return|exchange|change) (?:it|them|anything)|never ?mind|forget (?:it|about it)|no longer want to (?:cancel|return))\b|不取消了|不退了|不换了|不改了|还是不(?:退|换|取消|改)了|先不(?:退|换|取消|改)|不用(?:退|换|取消|改)了|算了吧?$|留着吧?/.test(
    normalizeText(text),
  );
}

/** "bye", "that's all, thanks", "拜拜", "没有了，谢谢": the shopper is leaving. */
export function saysGoodbye(text: string): boolean {
  const t = normalizeText(text).trim();
  return /^(?:ok(?:ay)?[,.!]?\s*)?(?:thanks?[,.!]?\s*)?(?:bye|goodbye|good bye|bye bye|byebye|see you|cya|that'?s all|nothing else)\b|\b(?:bye|goodbye)[.!]*$|再见|拜拜|没有了|没事了|就这样吧?/.test(
    t,
  );
}

/** A bare refusal ("no thanks", "nope", "不用了"): to a question about a detail it means the shopper stops. */
export function isBareNo(text: string): boolean {
  return /^(?:no|nope|nah|not now|no need|不用|不要|不了|算了|没有)(?:[\s,.!。！，]*(?:thanks?|thank you|thx|了|谢谢|啦))*[\s,.!。！]*$/.test(
    normalizeText(text).trim(),
  );
}
