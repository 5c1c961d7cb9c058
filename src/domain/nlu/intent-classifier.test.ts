import { describe, expect, it } from "vitest";
import { INTENT_FEATURES } from "./feature-config.js";
import { IntentClassifier } from "./intent-classifier.js";
import { CharSegmenter } from "./segmenter.js";
import { trainTextClassifier } from "./train-text-classifier.js";

const rows = [
  ...["where is my parcel", "track my package", "快递到哪了"].map((text) => ({ text, label: "logistics" })),
  ...["i want to return it", "return the shoes", "我要退货"].map((text) => ({ text, label: "return" })),
  ...["tell me a joke", "weather today", "讲个笑话"].map((text) => ({ text, label: "out_of_scope" })),
].flatMap((r) => [r, { ...r, text: `${r.text}?` }, { ...r, text: `${r.text} please` }]);

const { classifier } = trainTextClassifier(rows, new CharSegmenter(), {
  features: { ...INTENT_FEATURES, hashBits: 14 },
  epochs: 10,
  calibrationFraction: 0,
});

describe("IntentClassifier", () => {
  it("returns the best intent with a ranking that starts with it", () => {
    const decision = new IntentClassifier(classifier).classify("where is my package?");
    expect(decision.intent).toBe("logistics");
    expect(decision.ranking[0]).toEqual({ intent: "logistics", confidence: decision.confidence });
    expect(decision.ranking).toHaveLength(3);
  });

  it("falls back to out_of_scope below the confidence threshold", () => {
    const strict = new IntentClassifier(classifier, 0.999);
    const decision = strict.classify("return my parcel");
    expect(decision.intent).toBe("out_of_scope");
    expect(decision.ranking[0]?.intent).toBe("out_of_scope");
    expect(decision.confidence).toBeGreaterThan(0);
    expect(decision.confidence).toBeLessThanOrEqual(1);
  });

  it("refuses a model whose labels are not Kefu intents", () => {
    const other = trainTextClassifier(
      [
        { text: "a", label: "x" },
        { text: "b", label: "y" },
      ],
      new CharSegmenter(),
      { features: { ...INTENT_FEATURES, hashBits: 10 }, calibrationFraction: 0 },
    ).classifier;
    expect(() => new IntentClassifier(other)).toThrow(/unknown label "x"/);
  });
});

describe("IntentClassifier noise guard", () => {
  it("answers out_of_scope for keyboard mash unless the guard is off", () => {
    const guarded = new IntentClassifier(classifier).classify("qwertyuiop");
    expect(guarded.intent).toBe("out_of_scope");
    expect(guarded.ranking[0]).toEqual({ intent: "out_of_scope", confidence: guarded.confidence });
    const raw = classifier.predict("qwertyuiop");
    const unguarded = new IntentClassifier(classifier, 0, 5, false).classify("qwertyuiop");
    expect(unguarded.intent).toBe(raw.label);
  });
});
