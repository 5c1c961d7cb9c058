import { describe, expect, it } from "vitest";
import { factsInMessage } from "./identity-facts.js";
import { completeProofs, missingFact, samePhone } from "./knowledge-rule.js";
import { lockedKeys, newlyLocked } from "./lockout.js";

const facts = (text: string, answering = true) => factsInMessage(text, [], answering);

describe("knowledge rule", () => {
  it("two_facts: one fact never proves anything", () => {
    for (const text of [
      "sara@example.com",
      "我的手机号是13912345678",
      "+1 415 555 0123",
      "Sara Doe",
      "Sara Doe 62701",
    ]) {
      expect(completeProofs("two_facts", facts(text)), text).toEqual([]);
    }
  });

  it("two_facts: email/phone/name+zip with an order number, or name + zip + contact", () => {
    expect(completeProofs("two_facts", facts("sara@example.com #W1000001")).map((p) => p.kind)).toEqual([
      "email_order",
    ]);
    expect(completeProofs("two_facts", facts("手机号 13800138000 订单号 W2000002")).map((p) => p.kind)).toEqual([
      "phone_order",
    ]);
    expect(completeProofs("two_facts", facts("Sara Doe, 62701, sara@example.com")).map((p) => p.kind)).toEqual([
      "name_zip_contact",
    ]);
    expect(completeProofs("two_facts", facts("王小明 518000 #W2000001")).map((p) => p.kind)).toEqual([
      "name_zip_order",
    ]);
  });

  it("tau2: the email alone, or name + zip; a phone alone is not enough", () => {
    expect(completeProofs("tau2", facts("sara@example.com")).map((p) => p.kind)).toEqual(["email"]);
    expect(completeProofs("tau2", facts("Sara Doe 62701")).map((p) => p.kind)).toEqual(["name_zip"]);
    expect(completeProofs("tau2", facts("13800138000"))).toEqual([]);
    expect(missingFact("tau2", facts("13800138000"))).toBe("identifier");
  });

  it("asks for the zip after a bare name, and for a second fact after one", () => {
    expect(missingFact("two_facts", facts("Sara Doe"))).toBe("zip");
    expect(missingFact("two_facts", facts("sara@example.com"))).toBe("second_fact");
    expect(missingFact("two_facts", facts("Sara Doe 62701"))).toBe("contact_or_order");
  });

  it("reads no name out of requests, only out of answers or next to other facts", () => {
    expect(facts("我想换货").firstName).toBeUndefined();
    expect(facts("cancel it", false).firstName).toBeUndefined();
    expect(facts("订单 #W2000001 我想换货", false).firstName).toBeUndefined();
    expect(facts("王小明 518000 13800138000", false)).toMatchObject({
      lastName: "王",
      firstName: "小明",
      zip: "518000",
    });
  });

  it("compares phones by digits, with or without a country code", () => {
    expect(samePhone("+86 138-0013-8000", "13800138000")).toBe(true);
    expect(samePhone("13800138000", "13800138001")).toBe(false);
    expect(samePhone("123", "123")).toBe(false);
  });
});

describe("lockout", () => {
  const limits = { maxFailures: 5, maxClientFailures: 10 };
  const keys = { subjects: ["customer:a", "email:x"], clients: ["client:ip"] };

  it("locks a subject at 5 and a client at 10, and reports the crossing once", () => {
    expect(lockedKeys(keys, new Map([["customer:a", 4]]), limits)).toEqual([]);
    expect(lockedKeys(keys, new Map([["customer:a", 5]]), limits)).toEqual(["customer:a"]);
    expect(lockedKeys(keys, new Map([["client:ip", 9]]), limits)).toEqual([]);
    expect(lockedKeys(keys, new Map([["client:ip", 10]]), limits)).toEqual(["client:ip"]);
    expect(newlyLocked(keys, new Map([["email:x", 5]]), limits)).toEqual(["email:x"]);
    expect(newlyLocked(keys, new Map([["email:x", 6]]), limits)).toEqual([]);
  });
});
