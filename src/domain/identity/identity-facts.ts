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

const EN_FILLER =
  /\b(?:hello|hey|hi|my|names|name|i'm|im|it's|its|is|i|am|this|here|and|the|zip|code|postcode|postal|e-?mail|address|phone|number|mobile|order|no|verify|me|please|thanks|yes)\b/gi;
const ZH_FILLER =
  /(?:您好|你好|我的|我叫|我是|姓名|名字|是|的|邮编|邮箱|手机号码?|手机|电话|订单号?|号码|和|还有|请|核实|谢谢)/g;

/** Common single-character Chinese surnames: a bare 2-4 character answer is a name only when it starts with one. */
const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝诸上东令皇慕",
);

/** Words that are never a name although they survive the filler strip ("ok. and where is …"). */
const NOT_NAME =
  /^(?:ok|okay|where|what|when|why|how|who|which|yo|hey|want|need|cancel|return|exchange|change|refund|track|update|ship|send|pls|plz|thx|longer|needed|mistake|wrong|size|colour|color|item|items|stuff|something|anything|default|new|old|lol|btw|pay|paid|with|for|to|of|in|on|at|from|it|that|there|too|also|just|still|not|yet|both|all|one|two)$/i;

/** A greeting or "I'm"/"name" in a part of the message: the two words after it may be lower-case. */
const NAME_CUE = /\b(?:hi|hello|hey|i'?m|name(?:'s| is)?|this is|here)\b|我叫|我是|姓名|名字/i;

function stripToName(text: string): string {
  return text
    .replace(EMAIL, " ")
    .replace(/#?W\d{7}\b/gi, " ")
    .replace(/\+?\d[\d\s-]*/g, " ")
    .replace(ZH_FILLER, " ")
    .replace(/[,，。.;；:：、/|!！?？#()（）]/g, " ")
    .replace(EN_FILLER, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function nameOf(stripped: string, trustLowerCase: boolean): { first: string; last: string } | undefined {
  const zh = stripped.match(/^([\u4e00-\u9fff]{2,4})$/);
  if (zh?.[1] && SURNAMES.has(zh[1].slice(0, 1))) return { last: zh[1].slice(0, 1), first: zh[1].slice(1) };
  const en = stripped.match(/^([A-Za-z'-]{2,})\s+([A-Za-z'-]{2,})$/);
  if (!en?.[1] || !en[2] || NOT_NAME.test(en[1]) || NOT_NAME.test(en[2])) return undefined;
  const capitalised = /^[A-Z]/.test(en[1]) && /^[A-Z]/.test(en[2]);
  return capitalised || trustLowerCase ? { first: en[1], last: en[2] } : undefined;
}

/**
 * "Sara Doe, 62701, sara@x.com" / "王小明 518000 138…": a bare name among the other facts, either the
 * whole message or one part of it ("I want to return something. Emma Wilson, zip 94107, …").
 */
function bareName(text: string, answering: boolean): { first: string; last: string } | undefined {
  const whole = nameOf(stripToName(text), answering);
  if (whole) return whole;
  for (const part of text.split(/[,，。.;；!！?？\n]|\s[-–—]\s/)) {
    const found = nameOf(stripToName(part), answering || NAME_CUE.test(part));
    if (found) return found;
    // "我要退货 李娜 邮编…": a Chinese name stands as its own word.
    for (const word of part.split(/\s+/)) {
      const zh = nameOf(stripToName(word), false);
      if (zh && /[\u4e00-\u9fff]/.test(word)) return zh;
    }
  }
  return undefined;
}

/** Facts stated in one message: from the understanding's slot commands, then the text's own patterns. */
export function factsInMessage(text: string, commands: readonly Command[], answeringIdentity: boolean): IdentityFacts {
  const facts: IdentityFacts = {};
  for (const c of commands) {
    // The first value of a kind is the shopper's: a later zip is usually the new address's.
    if (c.type === "set_slot" && typeof c.value === "string" && isFactSlot(c.slot) && c.value.trim()) {
      facts[SLOT_TO_FACT[c.slot]] ??= c.value.trim();
    }
  }
  const half = text.normalize("NFKC");
  for (const e of patternEntities(half, half)) {
    if (e.type === "email" && !facts.email) facts.email = e.value;
    if (e.type === "phone" && !facts.phone) facts.phone = e.value;
    if (e.type === "order_id" && !facts.orderId) facts.orderId = e.value;
  }
  // Two bare words are a name only as an answer to the identity question or next to other identity facts.
  const otherFacts = Boolean(facts.email || facts.phone || facts.zip);
  if (!facts.firstName && (answeringIdentity || otherFacts)) {
    const bare = bareName(half, answeringIdentity);
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
