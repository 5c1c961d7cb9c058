/** Polarity words with weights in [-1, 1]; Chinese terms match as substrings, English as words. */
export const POLARITY_TERMS: Readonly<Record<string, number>> = {
  // English
  good: 0.6,
  great: 0.8,
  excellent: 1,
  amazing: 1,
  awesome: 0.9,
  perfect: 1,
  love: 0.9,
  loved: 0.9,
  like: 0.4,
  nice: 0.6,
  happy: 0.7,
  glad: 0.6,
  satisfied: 0.8,
  fast: 0.4,
  quick: 0.4,
  helpful: 0.8,
  thanks: 0.4,
  thank: 0.4,
  recommend: 0.7,
  comfortable: 0.6,
  beautiful: 0.7,
  fantastic: 1,
  wonderful: 1,
  appreciate: 0.6,
  works: 0.3,
  bad: -0.7,
  terrible: -1,
  awful: -1,
  horrible: -1,
  worst: -1,
  poor: -0.7,
  broken: -0.6,
  damaged: -0.6,
  late: -0.4,
  slow: -0.5,
  wrong: -0.5,
  disappointed: -0.8,
  disappointing: -0.8,
  unhappy: -0.8,
  angry: -0.9,
  annoyed: -0.7,
  frustrated: -0.8,
  useless: -0.9,
  scam: -1,
  fraud: -1,
  rude: -0.9,
  unacceptable: -1,
  ridiculous: -0.9,
  hate: -0.9,
  defective: -0.7,
  missing: -0.4,
  never: -0.3,
  refund: -0.2,
  cheap: -0.2,
  fake: -0.9,
  waste: -0.8,
  sucks: -0.9,
  // 中文
  不错: 0.7,
  很好: 0.8,
  满意: 0.8,
  喜欢: 0.7,
  推荐: 0.6,
  值得: 0.6,
  划算: 0.6,
  实惠: 0.5,
  快: 0.3,
  舒服: 0.6,
  漂亮: 0.6,
  好看: 0.6,
  好用: 0.7,
  方便: 0.5,
  赞: 0.8,
  棒: 0.8,
  完美: 1,
  超值: 0.7,
  感谢: 0.5,
  谢谢: 0.4,
  清晰: 0.4,
  流畅: 0.5,
  正品: 0.5,
  干净: 0.5,
  热情: 0.6,
  周到: 0.6,
  给力: 0.8,
  惊喜: 0.7,
  物美价廉: 0.9,
  五星: 0.8,
  差: -0.7,
  太差: -0.9,
  很差: -0.9,
  垃圾: -1,
  失望: -0.8,
  后悔: -0.8,
  坏了: -0.6,
  破损: -0.6,
  慢: -0.4,
  骗: -0.9,
  假货: -1,
  难用: -0.8,
  难看: -0.7,
  难吃: -0.8,
  不值: -0.7,
  退货: -0.3,
  生气: -0.9,
  气死: -1,
  恶心: -0.9,
  差评: -0.9,
  糟糕: -0.9,
  不满意: -0.8,
  投诉: -0.7,
  问题: -0.3,
  故障: -0.6,
  卡顿: -0.6,
  异味: -0.6,
  脏: -0.6,
  吵: -0.5,
  贵: -0.3,
  郁闷: -0.7,
  无语: -0.7,
  坑: -0.8,
  烂: -0.8,
  态度差: -0.9,
  不好: -0.6,
  不行: -0.6,
  一般: -0.2,
  退款: -0.2,
};

/** Words that flip the polarity of the next term. */
const EN_NEGATORS = new Set([
  "not",
  "no",
  "never",
  "don't",
  "dont",
  "didn't",
  "didnt",
  "isn't",
  "isnt",
  "wasn't",
  "hardly",
]);
const ZH_NEGATORS = ["不", "没", "没有", "别", "不是", "无"];

const HAN_TERMS = Object.entries(POLARITY_TERMS)
  .filter(([t]) => /[\u4e00-\u9fff]/.test(t))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Lexicon polarity of a normalised text in [-1, 1]: summed term weights (negations flip
 * them), squashed by tanh. Longest Chinese terms match first so 不满意 is not also 满意.
 */
export function lexiconScore(normalized: string): number {
  let total = 0;
  const words = normalized.split(/[^a-z']+/).filter(Boolean);
  words.forEach((w, i) => {
    const weight = POLARITY_TERMS[w];
    if (weight === undefined || /[\u4e00-\u9fff]/.test(w)) return;
    const negated = words.slice(Math.max(0, i - 3), i).some((p) => EN_NEGATORS.has(p));
    total += negated ? -weight * 0.8 : weight;
  });
  const used = new Uint8Array(normalized.length);
  for (const [term, weight] of HAN_TERMS) {
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + term.length)) {
      if (used[at]) continue;
      used.fill(1, at, at + term.length);
      const before = normalized.slice(Math.max(0, at - 2), at);
      const negated = ZH_NEGATORS.some((n) => before.endsWith(n)) && !term.startsWith("不");
      total += negated ? -weight * 0.8 : weight;
    }
  }
  return Math.tanh(total);
}
