import { beforeAll, describe, expect, it } from "vitest";
import { JiebaSegmenter } from "./jieba-segmenter.js";
import {
  AFTER_VARIANT,
  BEFORE_VARIANT,
  evaluateIntentVariant,
  readIntentRows,
  type VariantReport,
} from "./out-of-scope-eval.js";
import { outOfScopeMessages } from "./out-of-scope-messages.fixture.js";

let before: VariantReport;
let after: VariantReport;

beforeAll(async () => {
  const segmenter = new JiebaSegmenter();
  before = await evaluateIntentVariant(BEFORE_VARIANT, segmenter);
  after = await evaluateIntentVariant(AFTER_VARIANT, segmenter);
}, 60_000);

describe("out-of-scope evaluation (held-out EN/ZH messages never trained on)", () => {
  it("keeps the evaluation messages out of the training data", async () => {
    const trained = new Set((await readIntentRows()).map((r) => r.text.toLowerCase()));
    const leaked = outOfScopeMessages().filter((m) => trained.has(m.text.toLowerCase()));
    expect(leaked).toEqual([]);
    expect(outOfScopeMessages().length).toBeGreaterThanOrEqual(80);
  });

  it("rejects at least 85% of out-of-scope messages, which the first model did not", () => {
    expect(before.dev.oosRecall).toBeLessThan(0.85);
    expect(after.dev.oosRecall, JSON.stringify(after.dev.misses)).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps in-scope accuracy within half a point of the first model", () => {
    expect(after.dev.inScope).toBeGreaterThan(800);
    expect(after.dev.inScopeAccuracy).toBeGreaterThanOrEqual(before.dev.inScopeAccuracy - 0.005);
    expect(after.realistic.inScopeAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  it("is better calibrated: lower expected calibration error on both sets", () => {
    expect(after.dev.ece).toBeLessThanOrEqual(before.dev.ece);
    expect(before.realistic.ece).toBeGreaterThan(0.1);
    expect(after.realistic.ece).toBeLessThan(0.1);
  });

  it("sends keyboard mash to out_of_scope and still understands a plain request", () => {
    expect(after.classify("asdfghjkl").intent).toBe("out_of_scope");
    expect(after.classify("where is my parcel").intent).toBe("logistics");
  });
});
