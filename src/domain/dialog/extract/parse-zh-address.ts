import { cleanInput } from "./text.js";
import { findProvince } from "./zh-regions.js";

/** A Chinese address read from a message; "" marks a part the shopper did not give. */
export interface ZhAddress {
  /** 省 / 自治区 / 直辖市 ("浙江省", "北京市"). */
  province: string;
  /** 市 / 自治州 / 地区 / 盟; equal to the province for municipalities. */
  city: string;
  /** 区 / 县 / 县级市 / 旗. */
  district: string;
  /** Street, number, building, room ("建国路88号"). */
  detail: string;
  /** Six-digit 邮编, "" when not given. */
  zip: string;
}

const ZIP = /(?:邮编|邮政编码|zip(?:\s?code)?|postcode)?\s*[:：]?\s*(?<![\d])(\d{6})(?!\d)/i;
const PHONE = /(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g;
const ORDER_ID = /#?[Ww]\d{7}(?!\d)/g;
/** The request before the address when it names no province ("改成杭州市西湖区…"). */
const CUE = /(?:改成|改为|改到|换成|换到|寄到|送到|发到|邮寄到|地址是|地址为|新地址|收货地址|地址)[:：]?/g;
const TRAILING =
  /(?:[\s,.;!?~。，！？]|(?:我的?)?(?:手机|电话|联系方式)号?码?是?[:：]?|谢谢(?:你|您)?|多谢|麻烦(?:你|您)?了?|可以吗|行吗|好吗|吧|哈|呢|呀|啊|哦|thanks|thx|pls|please)+$/i;
const CITY = /^(.{1,8}?(?:自治州|地区|盟|市))/;
const DISTRICT = /^(.{1,8}?(?:新区|区|县|旗)|.{1,8}?市(?=.))/;

/** Prefecture names longer than two characters, for "广东深圳南山区"-style input that omits 市. */
const LONG_CITY_NAMES = [
  "乌鲁木齐",
  "呼和浩特",
  "鄂尔多斯",
  "克拉玛依",
  "齐齐哈尔",
  "石家庄",
  "哈尔滨",
  "秦皇岛",
  "张家口",
  "连云港",
  "驻马店",
  "平顶山",
  "马鞍山",
  "景德镇",
  "张家界",
  "攀枝花",
  "六盘水",
  "嘉峪关",
  "石嘴山",
  "葫芦岛",
  "牡丹江",
  "佳木斯",
  "双鸭山",
  "七台河",
  "防城港",
  "三门峡",
  "巴彦淖尔",
  "乌兰察布",
  "呼伦贝尔",
  "图木舒克",
  "可克达拉",
  "吐鲁番",
  "日喀则",
];

/** The city name at the start of "深圳南山区…" when 市 was left out, if a district follows it. */
function impliedCity(rest: string): string {
  const long = LONG_CITY_NAMES.find((n) => rest.startsWith(n));
  const name = long ?? rest.slice(0, 2);
  const after = rest.slice(name.length);
  if (/[路街道号弄巷]/.test(name)) return "";
  return /^.{1,6}?(?:新区|区|县|旗)/.test(after) && !/^.{0,6}?[路街道号]/.test(after.replace(/(?:新区|区|县|旗).*/, ""))
    ? name
    : "";
}

/** Frequent surnames, to recognise a recipient name pasted after a landmark ("太古汇 张三"). */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

/** A recipient name pasted after the address ("…385号 张三", "…太古汇 张三收"), as checkout forms do. */
function dropTrailingName(text: string): string {
  const m = text.match(/^(.*\S)[\s,]+([\u4e00-\u9fff]{2,4}?)(收|先生|女士|小姐)?$/);
  if (!m?.[1] || !m[2]) return text;
  const name = m[2];
  if (/[省市区县路街道号室楼巷弄村镇乡]/.test(name)) return text;
  // A landmark ("西溪湿地") may follow the number too, so only a surname or 收/先生 marks a person.
  const looksLikeName = name.length <= 3 && SURNAMES.includes(name.charAt(0));
  return m[3] || looksLikeName ? m[1] : text;
}

const NEXT_REQUEST = /然后|还有|另外|再帮|并且|顺便|帮我|我要|我想|麻烦|退|取消|换|查|订单|谢/;

/** Cuts a following request off the detail ("…100号，然后退掉W0020002"), keeping address clauses ("3号楼,502室"). */
function keepAddressClauses(detail: string): string {
  const [first = "", ...more] = detail.split(/[,;.!?]/);
  let out = first;
  for (const clause of more) {
    if (clause === "" || NEXT_REQUEST.test(clause) || !/[号室楼栋层单元座院弄\d]/.test(clause)) break;
    out += clause;
  }
  return out;
}

function stripTrailing(text: string): string {
  let out = text;
  for (;;) {
    const next = out.replace(TRAILING, "");
    if (next === out) return out;
    out = next;
  }
}

/** Where the address starts: at the province, else after the last request cue, else at the first 市. */
function addressStart(text: string): { start: number; province: string; municipality: boolean } {
  const p = findProvince(text);
  if (p) return { start: p.index + p.length, province: p.province, municipality: p.municipality };
  const cues = [...text.matchAll(CUE)];
  const cue = cues.at(-1);
  if (cue?.index !== undefined) return { start: cue.index + cue[0].length, province: "", municipality: false };
  return { start: 0, province: "", municipality: false };
}

/**
 * Reads a Chinese address from a whole message ("把W0020001的收货地址改成北京市朝阳区建国路88号"): the request
 * before the province is dropped, phone numbers and order ids are ignored, 邮编 is taken apart, and the rest is
 * split into 省/市/区/详细地址. Undefined when the text holds no Chinese address parts.
 */
export function parseZhAddress(text: string): ZhAddress | undefined {
  let input = cleanInput(text).replace(ORDER_ID, " ").replace(PHONE, " ");
  const zipMatch = input.match(ZIP);
  const zip = zipMatch?.[1] ?? "";
  if (zipMatch?.index !== undefined)
    input = input.slice(0, zipMatch.index) + input.slice(zipMatch.index + zipMatch[0].length);
  // "（邮编518057）": the brackets that held the zip are left empty.
  input = input.replace(/[(（[【]\s*[)）\]】]/g, " ");
  const { start, province, municipality } = addressStart(input);
  const spaced = dropTrailingName(stripTrailing(input.slice(start)));
  let rest = stripTrailing(spaced.replace(/\s+/g, "").replace(/^[,:：]+/, ""));
  rest = rest.replace(/^(?:省|市|自治区)/, "");
  let city = "";
  if (municipality) {
    city = province;
    // "上海市上海市黄浦区" or "北京北京市": the city repeated as in many checkout forms.
    rest = rest.replace(new RegExp(`^${province.slice(0, 2)}市?`), "");
  } else {
    const m = rest.match(CITY);
    if (m?.[1] && !/[路街道号]/.test(m[1])) {
      city = m[1];
      rest = rest.slice(m[1].length);
      // "苏州昆山市": a prefecture without 市 followed by a county-level city, when no district follows.
      if (city.length >= 5 && city.endsWith("市") && !DISTRICT.test(rest) && !city.includes("自治")) {
        const prefecture = LONG_CITY_NAMES.find((n) => city.startsWith(n)) ?? city.slice(0, 2);
        rest = city.slice(prefecture.length) + rest;
        city = `${prefecture}市`;
      }
    }
  }
  if (!city && !municipality) {
    const implied = impliedCity(rest);
    city = implied ? `${implied}市` : "";
    rest = rest.slice(implied.length);
  }
  let district = "";
  const d = rest.match(DISTRICT);
  if (d?.[1] && !/[路街道号弄巷]/.test(d[1])) {
    district = d[1];
    rest = rest.slice(d[1].length);
  }
  const detail = keepAddressClauses(rest.replace(/^[,]+|[,]+$/g, ""));
  if (!province && !city && !district) return undefined;
  if (!/[\u4e00-\u9fff]/.test(province + city + district + detail)) return undefined;
  return { province, city, district, detail, zip };
}
