/** A provincial-level division: its full name and the short forms shoppers type. */
interface Province {
  full: string;
  short: string;
  /** Municipalities are their own city: 北京市朝阳区 has no separate 市 level. */
  municipality: boolean;
}

const PROVINCES: readonly Province[] = [
  ...["北京", "天津", "上海", "重庆"].map((n) => ({ full: `${n}市`, short: n, municipality: true })),
  ...[
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
  ].map((n) => ({ full: `${n}省`, short: n, municipality: false })),
  { full: "内蒙古自治区", short: "内蒙古", municipality: false },
  { full: "广西壮族自治区", short: "广西", municipality: false },
  { full: "西藏自治区", short: "西藏", municipality: false },
  { full: "宁夏回族自治区", short: "宁夏", municipality: false },
  { full: "新疆维吾尔自治区", short: "新疆", municipality: false },
  { full: "香港特别行政区", short: "香港", municipality: true },
  { full: "澳门特别行政区", short: "澳门", municipality: true },
];

/** A province found at a position of the text, with the exact span the shopper wrote. */
export interface ProvinceMatch {
  province: string;
  municipality: boolean;
  index: number;
  length: number;
}

/** Other spellings of autonomous regions ("广西自治区", "新疆自治区"). */
function forms(p: Province): string[] {
  const list = [p.full, p.short];
  if (p.full.endsWith("自治区")) list.push(`${p.short}自治区`);
  if (p.municipality && p.short.length === 2 && !p.full.includes("特别")) list.push(`${p.short}市`);
  return [...new Set(list)].sort((a, b) => b.length - a.length);
}

/** The first provincial-level name in the text, longest spelling at that position. */
export function findProvince(text: string): ProvinceMatch | undefined {
  let best: ProvinceMatch | undefined;
  for (const p of PROVINCES) {
    for (const form of forms(p)) {
      const index = text.indexOf(form);
      if (index < 0) continue;
      if (!best || index < best.index || (index === best.index && form.length > best.length)) {
        best = { province: p.full, municipality: p.municipality, index, length: form.length };
      }
    }
  }
  return best;
}

/** Full name for a province written in any form ("浙江" → "浙江省"); undefined if unknown. */
export function provinceFullName(raw: string): string | undefined {
  const m = findProvince(raw);
  return m && m.index === 0 && m.length === raw.length ? m.province : undefined;
}
