import { describe, expect, it } from "vitest";
import { searchTerms } from "./search-terms.js";

describe("searchTerms", () => {
  it("lower-cases words, drops one-letter words and duplicates", () => {
    expect(searchTerms("Where is my Order #W0010004? order a")).toEqual(["where", "is", "my", "order", "w0010004"]);
  });
  it("cuts Chinese into overlapping bigrams and splits mixed scripts", () => {
    expect(searchTerms("我想退货iPhone")).toEqual(["我想", "想退", "退货", "iphone"]);
    expect(searchTerms("退")).toEqual(["退"]);
  });
  it("finds a query's terms inside the message's terms", () => {
    const message = new Set(searchTerms("您好，我想申请退货，订单号是 #W0010005"));
    for (const t of searchTerms("退货 w0010005")) expect(message.has(t)).toBe(true);
  });
  it("normalises full-width characters", () => {
    expect(searchTerms("ＡＢＣ１２")).toEqual(["abc12"]);
  });
});
