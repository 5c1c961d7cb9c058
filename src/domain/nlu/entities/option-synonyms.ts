/**
 * Bilingual synonym groups for variant option values, so '蓝色M码' finds color=blue and size=M
 * in an English catalogue (and 'blue' finds 蓝色 in a Chinese one). Only multi-character Chinese
 * forms are listed, because single characters (蓝, 大) occur inside too many other words.
 */
export const OPTION_SYNONYMS: readonly (readonly string[])[] = [
  ["black", "黑色", "黑的"],
  ["white", "白色", "白的"],
  ["blue", "蓝色", "蓝的"],
  ["red", "红色", "红的"],
  ["green", "绿色", "绿的"],
  ["yellow", "黄色"],
  ["pink", "粉色", "粉红色", "粉红"],
  ["purple", "紫色"],
  ["grey", "gray", "灰色"],
  ["silver", "银色"],
  ["gold", "金色"],
  ["rose gold", "玫瑰金"],
  ["space grey", "space gray", "深空灰"],
  ["navy", "navy blue", "藏青色", "藏青", "海军蓝"],
  ["brown", "棕色", "咖啡色"],
  ["beige", "米色", "米白色"],
  ["stainless steel", "不锈钢"],
  ["wood", "木色", "原木色"],
  ["S", "small", "S码", "S号", "小号", "小码"],
  ["M", "medium", "M码", "M号", "中号", "中码"],
  ["L", "large", "L码", "L号", "大号", "大码"],
  ["XL", "XL码", "XL号", "加大号", "加大码"],
  ["XXL", "2XL", "XXL码", "加加大"],
  ["XS", "XS码", "加小号"],
  ["full size", "全尺寸", "全键盘"],
  ["clicky", "青轴"],
  ["linear", "红轴"],
  ["tactile", "茶轴"],
  ["cotton", "纯棉", "棉质"],
  ["polyester", "涤纶", "聚酯纤维"],
  ["leather", "真皮", "皮革"],
  ["glass", "玻璃"],
  ["plastic", "塑料"],
  ["metal", "金属"],
  ["wireless", "无线"],
  ["wired", "有线"],
  ["bluetooth", "蓝牙"],
  ["rechargeable", "充电式", "可充电"],
  ["waterproof", "防水"],
  ["polarized", "偏光"],
];

/** Values too generic to match on their own ("yes", "none"). */
export const GENERIC_OPTION_VALUES = new Set(["yes", "no", "none", "standard", "basic", "full", "half"]);

/** Surface forms for a catalogue value: itself plus its synonym group, case-insensitively. */
export function optionSurfaces(value: string): string[] {
  const lower = value.toLowerCase();
  const group = OPTION_SYNONYMS.find((g) => g.some((s) => s.toLowerCase() === lower));
  return [...new Set([value, ...(group ?? [])])];
}
