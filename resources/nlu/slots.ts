// Slot fillers for the intent templates (original Kefu data, Apache-2.0).
import type { Slots } from "./template-grammar.js";

/** Order and tracking numbers shaped like real ones, drawn from a seeded generator. */
export function numberSlots(random: () => number): Slots {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
  const orders = Array.from({ length: 40 }, (_, i) => {
    if (i % 3 === 0) return `#W${digits(7)}`;
    if (i % 3 === 1) return `W${digits(7)}`;
    return `2024${String(10 + (i % 3)).padStart(2, "0")}${digits(7)}`;
  });
  const tracking = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? digits(12) : `SF${digits(12)}`));
  return { order: orders, tracking };
}

export const EN_SLOTS: Slots = {
  hi: ["hi", "hello", "hey", "hi there", "good morning", "hello,", "hi,", "excuse me,"],
  pl: ["please", "pls", "thanks", "thank you", "asap"],
  order: ["{order}"],
  item: [
    "shoes",
    "running shoes",
    "keyboard",
    "mechanical keyboard",
    "t-shirt",
    "laptop",
    "headphones",
    "jacket",
    "water bottle",
    "backpack",
    "phone",
    "watch",
    "desk lamp",
    "coffee maker",
    "sneakers",
    "hoodie",
    "jeans",
    "earbuds",
    "office chair",
    "speaker",
  ],
  when: [
    "yesterday",
    "last week",
    "on monday",
    "3 days ago",
    "two weeks ago",
    "on nov 22",
    "last friday",
    "a month ago",
  ],
  size: ["S", "M", "L", "XL", "size 9", "size 10", "medium", "large", "small"],
  color: ["blue", "black", "red", "white", "green", "grey", "navy", "pink"],
  address: [
    "12 Oak Street, Springfield 62704",
    "450 Main St Apt 3B, Austin TX 78701",
    "88 River Road, Boston 02108",
    "my work address",
  ],
  payment: ["paypal", "visa", "mastercard", "credit card", "gift card"],
};

export const ZH_SLOTS: Slots = {
  hi: ["你好，", "您好，", "亲，", "在吗，", "请问", "麻烦问下，", "客服，", "你好"],
  order: ["{order}"],
  item: [
    "鞋子",
    "键盘",
    "机械键盘",
    "T恤",
    "衣服",
    "耳机",
    "手机",
    "外套",
    "裤子",
    "水杯",
    "背包",
    "手表",
    "台灯",
    "咖啡机",
    "运动鞋",
    "卫衣",
    "裙子",
    "音箱",
    "椅子",
    "充电宝",
  ],
  when: ["昨天", "前天", "上周", "三天前", "上个月", "11月22日", "周一", "前几天", "一周前"],
  size: ["S码", "M码", "L码", "XL码", "大一码", "小一码", "42码", "中号", "大号"],
  color: ["蓝色", "黑色", "红色", "白色", "绿色", "灰色", "粉色", "藏青色"],
  address: [
    "北京市朝阳区建国路88号",
    "上海市浦东新区世纪大道100号",
    "广州市天河区体育西路1号",
    "杭州市西湖区文三路20号",
  ],
  company: ["上海某某科技有限公司", "北京某某贸易有限公司"],
  tracking: ["{tracking}"],
};
