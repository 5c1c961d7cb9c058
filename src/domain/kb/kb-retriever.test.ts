import { describe, expect, it } from "vitest";
import type { Segmenter } from "../nlu/segmenter.js";
import { Bm25Index } from "./bm25-index.js";
import type { KbArticle } from "./kb-article.js";
import { KbRetriever } from "./kb-retriever.js";
import { kbTerms } from "./kb-terms.js";

/** Greedy longest-match over a few words: enough to test retrieval without jieba. */
const WORDS = ["退货", "退款", "多久", "到账", "运费", "发票", "保修", "政策", "几天", "商品", "收到", "申请", "怎么"];
const segmenter: Segmenter = {
  cut(text) {
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      const word = WORDS.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
      out.push(word ?? text.charAt(i));
      i += word ? word.length : 1;
    }
    return out;
  },
};

const articles: KbArticle[] = [
  {
    id: "kb-return-en",
    locale: "en",
    title: "Return policy",
    body: "You can return delivered items within 30 days. Refunds go to the original payment method.",
    tags: ["return"],
  },
  {
    id: "kb-refund-time-en",
    locale: "en",
    title: "How long do refunds take?",
    body: "Refunds arrive within 5-7 business days after we receive the item.",
    tags: ["refund"],
  },
  {
    id: "kb-shipping-en",
    locale: "en",
    title: "Shipping fees",
    body: "Shipping is free for orders over $50; otherwise a flat $5 fee applies.",
    tags: ["shipping"],
  },
  {
    id: "kb-return-zh",
    locale: "zh",
    title: "退货政策",
    body: "签收后30天内可申请退货，退款原路返回。",
    tags: ["退货"],
  },
  {
    id: "kb-refund-time-zh",
    locale: "zh",
    title: "退款多久到账",
    body: "我们收到退回商品后5-7个工作日内退款到账。",
    tags: ["退款"],
  },
  { id: "kb-invoice-zh", locale: "zh", title: "发票说明", body: "订单完成后可在线申请电子发票。", tags: ["发票"] },
];

describe("Bm25Index", () => {
  it("ranks the document with the rarer matching term first and reports coverage", () => {
    const index = new Bm25Index([
      { id: "a", terms: ["refund", "time", "policy"] },
      { id: "b", terms: ["shipping", "policy"] },
      { id: "c", terms: ["policy", "policy", "warranty"] },
    ]);
    const hits = index.search(["refund", "policy"]);
    expect(hits[0]?.id).toBe("a");
    expect(hits[0]?.coverage).toBeCloseTo(1);
    expect(hits.find((h) => h.id === "b")?.coverage).toBeLessThan(0.5);
    expect(index.search(["nothing"])).toEqual([]);
  });

  it("prefers shorter documents for the same term frequency", () => {
    const index = new Bm25Index([
      { id: "long", terms: ["refund", "x", "y", "z", "w", "v"] },
      { id: "short", terms: ["refund", "x"] },
    ]);
    expect(index.search(["refund"]).map((h) => h.id)).toEqual(["short", "long"]);
  });
});

describe("kbTerms", () => {
  it("folds English and Chinese synonyms into one canonical term and drops stop words", () => {
    expect(kbTerms("How do I return it?", segmenter)).toEqual(["~return"]);
    expect(kbTerms("退货", segmenter)).toEqual(["~return"]);
    expect(kbTerms("Refunds", segmenter)).toEqual(["~refund"]);
  });

  it("drops hedges that would otherwise outweigh the topic words", () => {
    expect(kbTerms("退款一般多久到账", segmenter)).toEqual(["~refund", "~time", "~refund"]);
    expect(kbTerms("how long does a refund usually take", segmenter)).toEqual(["~time", "~refund", "take"]);
  });
});

describe("KbRetriever", () => {
  const kb = new KbRetriever(articles, segmenter);

  it("answers an English question from the English article", () => {
    expect(kb.best("how long does a refund take", "en")?.article.id).toBe("kb-refund-time-en");
    expect(kb.best("what is your return policy?", "en")?.article.id).toBe("kb-return-en");
    expect(kb.best("do you charge shipping fees", "en")?.article.id).toBe("kb-shipping-en");
  });

  it("answers a Chinese question through segmentation and synonyms", () => {
    expect(kb.best("退款多久能到账？", "zh")?.article.id).toBe("kb-refund-time-zh");
    expect(kb.best("怎么开发票", "zh")?.article.id).toBe("kb-invoice-zh");
    expect(kb.best("我想了解退货政策", "zh")?.article.id).toBe("kb-return-zh");
  });

  it("prefers the shopper's language when both match", () => {
    expect(kb.best("return policy 退货政策", "zh")?.article.locale).toBe("zh");
  });

  it("does not answer below the threshold", () => {
    expect(kb.best("what is the weather on mars", "en")).toBeUndefined();
    expect(kb.best("", "en")).toBeUndefined();
    expect(kb.search("the weather on mars and refund", { locale: "en" })[0]?.answerable).toBe(false);
  });
});
