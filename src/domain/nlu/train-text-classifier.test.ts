import { describe, expect, it } from "vitest";
import { evaluateTextClassifier } from "./evaluate-text-classifier.js";
import { INTENT_FEATURES } from "./feature-config.js";
import { CharSegmenter } from "./segmenter.js";
import {
  deserializeTextClassifier,
  SerializedTextClassifier,
  serializeTextClassifier,
} from "./text-classifier-codec.js";
import { trainTextClassifier } from "./train-text-classifier.js";

const segmenter = new CharSegmenter();
const data = [
  ...["where is my parcel", "track my package", "parcel not arrived", "快递到哪了", "物流没更新", "包裹还没到"].map(
    (text) => ({ text, label: "logistics" }),
  ),
  ...["i want a refund", "money back please", "refund my order", "我要退款", "退款什么时候到", "钱还没退"].map(
    (text) => ({ text, label: "refund" }),
  ),
  ...["hello", "hi there", "good morning", "你好", "在吗", "早上好"].map((text) => ({ text, label: "greeting" })),
].flatMap((d) => [d, { ...d, text: `${d.text}!` }, { ...d, text: `${d.text} please` }]);

describe("trainTextClassifier", () => {
  const trained = trainTextClassifier(data, segmenter, { features: { ...INTENT_FEATURES, hashBits: 14 }, epochs: 10 });

  it("learns a small bilingual task and gives calibrated probabilities", () => {
    const { classifier } = trained;
    expect(classifier.predict("where is my package?").label).toBe("logistics");
    expect(classifier.predict("我的快递呢").label).toBe("logistics");
    expect(classifier.predict("refund please").label).toBe("refund");
    const p = classifier.probabilities("hi");
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(trained.temperature).toBeGreaterThan(0);
    expect(trained.heldOut?.total).toBeGreaterThan(0);
  });

  it("round-trips through its JSON form with identical predictions", () => {
    const json = JSON.stringify(serializeTextClassifier(trained.classifier));
    const back = deserializeTextClassifier(SerializedTextClassifier.parse(JSON.parse(json)), segmenter);
    for (const text of ["退款", "hello there", "parcel?"]) {
      expect(Array.from(back.probabilities(text))).toEqual(Array.from(trained.classifier.probabilities(text)));
    }
  });

  it("keeps NB feature scaling through serialization for two-label tasks", () => {
    const binary = data.filter((d) => d.label !== "greeting");
    const nb = trainTextClassifier(binary, segmenter, { features: { ...INTENT_FEATURES, hashBits: 14 }, nbBeta: 1 });
    expect(nb.classifier.featureScale).toBeDefined();
    const back = deserializeTextClassifier(
      SerializedTextClassifier.parse(JSON.parse(JSON.stringify(serializeTextClassifier(nb.classifier)))),
      segmenter,
    );
    expect(back.predict("我要退款").label).toBe("refund");
    expect(back.probabilities("track it")[0]).toBeCloseTo(nb.classifier.probabilities("track it")[0] ?? 0, 5);
  });

  it("evaluates with unseen gold labels counted as errors", () => {
    const evaluation = evaluateTextClassifier(trained.classifier, [
      { text: "hello", label: "greeting" },
      { text: "where is my parcel", label: "logistics" },
      { text: "bye", label: "goodbye" },
    ]);
    expect(evaluation.report.accuracy).toBeCloseTo(2 / 3);
    expect(evaluation.labels).toContain("goodbye");
    expect(evaluation.topConfusions[0]?.goldLabel).toBe("goodbye");
  });

  it("refuses a single-label data set", () => {
    expect(() => trainTextClassifier([{ text: "a", label: "x" }], segmenter, { features: INTENT_FEATURES })).toThrow(
      /two distinct labels/,
    );
  });
});
