import { normalizeText } from "../../nlu/normalize-text.js";
import { cleanInput, editDistance } from "./text.js";

/** Common after-sales reasons, the same for both languages. */
export type ReasonCategory =
  | "ordered_by_mistake"
  | "no_longer_needed"
  | "wrong_size"
  | "defective"
  | "wrong_item"
  | "not_as_described"
  | "missing_parts"
  | "late_delivery"
  | "better_price"
  | "other";

/** A reason as the shopper gave it: tidied text plus its category. */
export interface ExtractedReason {
  category: ReasonCategory;
  /** The shopper's words without lead-ins ("because", "原因是"), ids and politeness; "" when nothing is left. */
  text: string;
  /** True for faults of the goods or the shop (defect, wrong item…), which some policies treat differently. */
  qualityIssue: boolean;
}

// Order matters: more specific categories first ("wrong size" before "wrong item").
const RULES: readonly [ReasonCategory, RegExp][] = [
  [
    "ordered_by_mistake",
    /\b(?:by mistake|mistakenly|accident(?:al(?:ly)?)?|ordered (?:the )?wrong|wrong order(?:ed)?|didn'?t mean to|duplicate order|ordered twice|double ordered)\b|下错|拍错|买错|点错|误下单|重复下单|下重复|多拍了|不小心/,
  ],
  [
    "late_delivery",
    /\b(?:too (?:slow|late)|took too long|taking (?:too|so) long|arrived late|late delivery|still (?:not|hasn'?t) (?:arrived|shipped)|never arrived|won'?t arrive in time)\b|太慢|迟迟|还没(?:到|发货)|一直没(?:到|发货)|物流太慢|等太久|发货太慢/,
  ],
  [
    "not_as_described",
    /\b(?:not as (?:described|pictured|advertised|shown)|(?:looks )?different (?:from|than) (?:the )?(?:picture|photo|description|listing)|misleading|fake|counterfeit|color (?:is )?(?:off|different))\b|与描述不符|和描述不(?:符|一样)|和图片不(?:符|一样)|色差|假货|货不对板|跟图片不一样/,
  ],
  [
    "wrong_size",
    /\b(?:too (?:small|big|large|tight|loose|short|long)|doesn'?t fit|does not fit|didn'?t fit|wrong size|size (?:is )?(?:wrong|off)|fits? (?:too )?(?:small|big))\b|太小|太大|偏小|偏大|尺码不(?:合适|对)|尺寸不(?:合适|对)|不合身|穿不下|码数不对|大了|小了/,
  ],
  [
    "defective",
    /\b(?:broken|broke|damaged?|defect(?:ive)?|faulty|doesn'?t work|does not work|not working|stopped working|won'?t (?:turn on|charge|work)|dead on arrival|doa|cracked|scratched|leak(?:s|ing)?|malfunction(?:ing)?|poor quality|bad quality|cheap quality|falling apart)\b|坏了|坏的|损坏|破损|破了|裂了|碎了|有问题|质量问题|质量(?:太)?差|不工作|不能用|用不了|开不了机|充不了电|故障|漏水|瑕疵|划痕/,
  ],
  [
    "wrong_item",
    /\b(?:wrong (?:item|product|color|colour|one|model)|not what i ordered|sent (?:me )?the wrong|received the wrong|different (?:item|product) than)\b|发错|寄错|收到的不是|不是我(?:买|订|要)的/,
  ],
  [
    "missing_parts",
    /\b(?:missing (?:parts?|pieces?|items?|accessor(?:y|ies))|incomplete|parts? (?:are |is )?missing|only (?:got|received) one)\b|少件|缺件|少了|缺少|漏发|配件不全|不齐/,
  ],
  [
    "better_price",
    /\b(?:cheaper (?:elsewhere|somewhere|on|at)|better (?:price|deal)|found it cheaper|price dropped|lower price)\b|更便宜|降价了|别家便宜|价格更低/,
  ],
  [
    "no_longer_needed",
    /\b(?:no longer (?:need|needed|want)|(?:don'?t|do not|dont) (?:need|want) (?:it|them|this)|not needed|changed my mind|change of mind|don'?t like (?:it|them)|didn'?t like|not (?:needed|necessary) anymore|no need)\b|不需要了?|不想要了?|不要了|用不上|用不着|不喜欢|改主意|不想买了|没必要/,
  ],
];

/**
 * "ordered by mistke", "it was a misake order", "by mitsake": the word "mistake" with one slip (same first
 * letter), in lower-case normalised text.
 */
export function mentionsMistakeTypo(normalized: string): boolean {
  return normalized
    .split(/[^a-z]+/)
    .some((w) => w.length >= 6 && w.length <= 8 && w[0] === "m" && editDistance(w, "mistake", 1) <= 1);
}

const QUALITY: ReadonlySet<ReasonCategory> = new Set(["defective", "wrong_item", "not_as_described", "missing_parts"]);
const LEAD =
  /^(?:(?:well|um+|uh+|so|ok|okay|yes|yeah|sure|hi|hello|hey)[\s,]+)*(?:(?:the |my )?reason(?:\s*is)?\s*:?|it'?s because|that'?s because|because(?: of)?|cause|cuz|coz|bc|since|as|due to|原因(?:是)?\s*:?|理由(?:是)?\s*:?|因为|由于)\s*/i;
const TAIL = /[\s,.!?~。，！？]*(?:thanks?(?: you)?|thx|ty|pls|please|谢谢|麻烦了)?[\s,.!?~。，！？]*$/i;

/**
 * Reads why the shopper wants a cancel/return/exchange: the category (ordered by mistake, no longer needed,
 * wrong size, defective, wrong item, …) and the reason text cleaned for storage and staff.
 */
export function extractReason(text: string): ExtractedReason {
  const cleaned = cleanInput(text)
    .replace(/#?\b[Ww]\d{7}\b/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEAD, "")
    .replace(TAIL, "")
    .trim()
    .slice(0, 300);
  const norm = normalizeText(cleaned);
  const category = RULES.find(([, pattern]) => pattern.test(norm))?.[0] ?? "other";
  const tidy = cleaned.length > 0 ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : "";
  return { category, text: tidy, qualityIssue: QUALITY.has(category) };
}

/** The shop policy's cancel reason for a category ("ordered by mistake" / "no longer needed"), if it is one. */
export function cancelReasonOf(category: ReasonCategory): "ordered by mistake" | "no longer needed" | undefined {
  if (category === "ordered_by_mistake") return "ordered by mistake";
  if (category === "no_longer_needed" || category === "better_price" || category === "late_delivery") {
    return "no longer needed";
  }
  return undefined;
}
