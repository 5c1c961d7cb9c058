import { describe, expect, it } from "vitest";
import type { Product } from "../../shop/product.js";
import type { Entity } from "../entity.js";
import { CatalogueMatcher, withinOneEdit } from "./catalogue-matcher.js";
import { extractEntities } from "./extract-entities.js";

const variant = (id: string, productId: string, options: Record<string, string>) => ({
  id,
  productId,
  options,
  available: true,
  priceCents: 1000,
});

const catalogue: Product[] = [
  {
    id: "p-kb",
    name: "Mechanical Keyboard",
    category: "",
    description: "",
    attributes: {},
    variants: [
      variant("v1", "p-kb", { "switch type": "clicky", backlight: "RGB", size: "full size" }),
      variant("v2", "p-kb", { "switch type": "linear", backlight: "none", size: "80%" }),
    ],
  },
  {
    id: "p-ts",
    name: "T-Shirt",
    nameZh: "T恤",
    category: "",
    description: "",
    attributes: {},
    variants: [variant("v3", "p-ts", { color: "blue", size: "M" }), variant("v4", "p-ts", { color: "red", size: "L" })],
  },
  {
    id: "p-rs",
    name: "Running Shoes",
    category: "",
    description: "",
    attributes: {},
    variants: [variant("v5", "p-rs", { color: "black", size: "9" })],
  },
];
const matcher = new CatalogueMatcher(catalogue);
/** Monday 25 November 2024, 10:00 UTC. */
const reference = new Date("2024-11-25T10:00:00Z");

function found(text: string): [Entity["type"], string][] {
  return extractEntities(text, reference, matcher).map((e) => [e.type, e.value]);
}

describe("pattern entities", () => {
  it("finds order ids in both shapes and normalises #W ids", () => {
    expect(found("I want to return the shoes from order #W2378156")).toEqual([
      ["product", "Running Shoes"],
      ["order_id", "#W2378156"],
    ]);
    expect(found("订单w2378156和2024112212345都没到")).toEqual([
      ["order_id", "#W2378156"],
      ["order_id", "2024112212345"],
    ]);
  });

  it("tells tracking numbers from order numbers by shape and cue", () => {
    expect(found("运单号 SF123456789012 查不到")).toEqual([["tracking_id", "SF123456789012"]]);
    expect(found("tracking 357962501027 shows nothing")).toEqual([["tracking_id", "357962501027"]]);
    expect(found("order number 99887766554433")).toEqual([["order_id", "99887766554433"]]);
  });

  it("reads carrier tracking shapes (UPS 1Z…, SF/YT…) as tracking numbers, never as orders", () => {
    expect(found("tracking 1Z999AA10123456784 says delivered")).toEqual([["tracking_id", "1Z999AA10123456784"]]);
    expect(found("快递单号YT1234567890123还没更新")).toEqual([["tracking_id", "YT1234567890123"]]);
  });

  it("finds contact details inside Chinese sentences and amounts written as words", () => {
    expect(found("我的邮箱是 wang.xm@example.cn，电话13800138000")).toEqual([
      ["email", "wang.xm@example.cn"],
      ["phone", "13800138000"],
    ]);
    expect(found("I paid 20 dollars and USD 15")).toEqual([
      ["amount", "20.00 USD"],
      ["amount", "15.00 USD"],
    ]);
    expect(found("退我 20.5 元")).toEqual([["amount", "20.50 CNY"]]);
    expect(found("refund 1/2 of it, 50% off")).toEqual([]);
  });

  it("finds phones, emails and amounts with currency", () => {
    expect(found("call 138-1234-5678 or +1 415-555-0132, mail Bob.Smith@Example.com")).toEqual([
      ["phone", "13812345678"],
      ["phone", "+14155550132"],
      ["email", "bob.smith@example.com"],
    ]);
    expect(found("refund ¥199 and $25.50, 运费50块, 100元")).toEqual([
      ["amount", "199.00 CNY"],
      ["amount", "25.50 USD"],
      ["amount", "50.00 CNY"],
      ["amount", "100.00 CNY"],
    ]);
  });

  it("finds zip codes and names after name cues", () => {
    expect(found("my name is john smith and my zip code is 10001")).toEqual([
      ["person_name", "John Smith"],
      ["zip", "10001"],
    ]);
    expect(found("Hi, I'm Yusuf Rossi, 19122")).toEqual([
      ["person_name", "Yusuf Rossi"],
      ["zip", "19122"],
    ]);
    // A capacity is not a zip.
    expect(found("how much is the 20000mAh power bank?").filter(([type]) => type === "zip")).toEqual([]);
    expect(found("要20000 毫安的充电宝").filter(([type]) => type === "zip")).toEqual([]);
    expect(found("我叫张三想问一下")).toEqual([["person_name", "张三"]]);
    expect(found("我是李四")).toEqual([["person_name", "李四"]]);
    expect(found("我是想问退货")).toEqual([]);
    expect(found("I'm looking for my order")).toEqual([]);
  });
});

describe("date entities relative to the reference day", () => {
  it.each([
    ["昨天买的", "2024-11-24"],
    ["I ordered it yesterday", "2024-11-24"],
    ["bought it today", "2024-11-25"],
    ["前天下单", "2024-11-23"],
    ["3天前", "2024-11-22"],
    ["11月22日的订单", "2024-11-22"],
    ["ordered on 2024-11-22", "2024-11-22"],
    ["on Nov 22nd", "2024-11-22"],
    ["上周五", "2024-11-22"],
    ["last friday", "2024-11-22"],
    ["上周", "2024-11-18/2024-11-24"],
    ["last week", "2024-11-18/2024-11-24"],
    ["12月30日", "2023-12-30"],
    ["placed on 11/20", "2024-11-20"],
    ["2024/11/20下的单", "2024-11-20"],
  ])("%s → %s", (text, value) => {
    expect(found(text)).toEqual([["date", value]]);
  });
});

describe("catalogue mentions", () => {
  it("matches a product by its head noun and an option value", () => {
    const entities = extractEntities("the keyboard with clicky switches", reference, matcher);
    expect(entities.map((e) => [e.type, e.value, e.productId, e.optionKey])).toEqual([
      ["product", "Mechanical Keyboard", "p-kb", undefined],
      ["variant_option", "clicky", "p-kb", "switch type"],
    ]);
  });

  it("maps Chinese colours and sizes onto catalogue values", () => {
    const entities = extractEntities("我要换成蓝色M码的T恤", reference, matcher);
    expect(entities.map((e) => [e.type, e.value, e.text, e.optionKey])).toEqual([
      ["variant_option", "blue", "蓝色", "color"],
      ["variant_option", "M", "M码", "size"],
      ["product", "T-Shirt", "T恤", undefined],
    ]);
  });

  it("resolves English and Chinese option words of a product mention ('the red tee in medium', '青轴键盘')", () => {
    const tee = extractEntities("the red tee in medium", reference, matcher);
    expect(tee.map((e) => [e.type, e.value, e.optionKey])).toEqual([
      ["variant_option", "red", "color"],
      ["product", "T-Shirt", undefined],
      ["variant_option", "M", "size"],
    ]);
    const keyboard = extractEntities("我想换成青轴的键盘", reference, matcher);
    expect(keyboard.map((e) => [e.type, e.value, e.optionKey])).toEqual(
      expect.arrayContaining([
        ["variant_option", "clicky", "switch type"],
        ["product", "Mechanical Keyboard", undefined],
      ]),
    );
  });

  it("accepts a typo in the product noun with a lower score", () => {
    const [product] = extractEntities("my keybaord is broken", reference, matcher);
    expect(product?.value).toBe("Mechanical Keyboard");
    expect(product?.score).toBeLessThan(1);
  });

  it("does not read the m of I'm or a bare number as a size", () => {
    expect(found("I'm waiting for 9 days")).toEqual([]);
    expect(found("size 9 shoes")).toEqual([
      ["variant_option", "9"],
      ["product", "Running Shoes"],
    ]);
  });

  it("computes one-edit distance", () => {
    expect(withinOneEdit("keybaord", "keyboard")).toBe(true);
    expect(withinOneEdit("keyboad", "keyboard")).toBe(true);
    expect(withinOneEdit("keys", "keyboard")).toBe(false);
  });
});

describe("spans", () => {
  it("index the original text, also with full-width characters", () => {
    const text = "订单＃Ｗ２３７８１５６到哪了";
    const [order] = extractEntities(text, reference);
    expect(order?.value).toBe("#W2378156");
    expect(text.slice(order?.start, order?.end)).toBe("＃Ｗ２３７８１５６");
  });
});
