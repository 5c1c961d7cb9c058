import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64 } from "./base64.js";
import { fitPlatt, fitTemperature } from "./calibration.js";
import { FeatureHasher, hashString } from "./feature-hasher.js";
import { logCountRatios } from "./log-count-ratio.js";
import { logisticMargin, predictPositive, trainLogistic } from "./logistic-model.js";
import { classificationReport, rocAuc, topConfusions } from "./metrics.js";
import {
  deserializeLogistic,
  deserializeSoftmax,
  SerializedLogistic,
  SerializedSoftmax,
  serializeLogistic,
  serializeSoftmax,
} from "./model-codec.js";
import { seededRandom } from "./seeded-random.js";
import { argmax, predictProba } from "./softmax-model.js";
import { sparseFromIndices } from "./sparse-vector.js";
import { stratifiedSplit } from "./stratified-split.js";
import { trainSoftmax } from "./train-softmax.js";

const hasher = new FeatureHasher(12);
const vocab: Record<number, string[]> = {
  0: ["refund", "money", "back", "returned"],
  1: ["where", "parcel", "tracking", "courier"],
  2: ["hello", "hi", "morning", "hey"],
};

/** Three separable classes, each text drawn from its own word list plus shared noise. */
function toyData(n: number, seed: number) {
  const random = seededRandom(seed);
  const noise = ["the", "my", "please", "a", "is"];
  return Array.from({ length: n }, (_, i) => {
    const label = i % 3;
    const words = vocab[label] ?? [];
    const picked = [0, 1, 2].map(() => words[Math.floor(random() * words.length)] ?? "");
    picked.push(noise[Math.floor(random() * noise.length)] ?? "");
    return { features: hasher.vectorize(picked), label };
  });
}

describe("sparse vectors and hashing", () => {
  it("merges repeated indices, weights counts and normalises", () => {
    const v = sparseFromIndices(Uint32Array.from([5, 2, 5, 5]), { tf: "count", normalize: false });
    expect(Array.from(v.indices)).toEqual([2, 5]);
    expect(Array.from(v.values)).toEqual([1, 3]);
    const n = sparseFromIndices(Uint32Array.from([1, 2]));
    expect(Math.hypot(...n.values)).toBeCloseTo(1, 6);
  });

  it("hashes deterministically into the dimension", () => {
    expect(hashString("退货")).toBe(hashString("退货"));
    expect(hashString("a")).not.toBe(hashString("b"));
    expect(hasher.index("anything")).toBeLessThan(hasher.dimension);
  });
});

describe("softmax training", () => {
  const train = toyData(300, 1);
  const test = toyData(90, 2);

  it("learns a separable toy set and repeats exactly with the same seed", () => {
    const model = trainSoftmax(train, { dimension: hasher.dimension, epochs: 5 });
    const predicted = test.map((e) => argmax(predictProba(model, e.features)));
    const report = classificationReport(
      test.map((e) => e.label),
      predicted,
      3,
    );
    expect(report.accuracy).toBe(1);
    const again = trainSoftmax(train, { dimension: hasher.dimension, epochs: 5 });
    expect(again.weights).toEqual(model.weights);
  });

  it("round-trips through JSON via serialize/deserialize", () => {
    const model = trainSoftmax(train, { dimension: hasher.dimension, epochs: 3 });
    model.temperature = 1.7;
    const json = JSON.stringify(serializeSoftmax(model));
    const back = deserializeSoftmax(SerializedSoftmax.parse(JSON.parse(json)));
    expect(back.temperature).toBe(1.7);
    const x = test[0]?.features;
    if (!x) throw new Error("no test example");
    expect(Array.from(predictProba(back, x))).toEqual(Array.from(predictProba(model, x)));
  });

  it("fits a temperature that yields valid probabilities", () => {
    const model = trainSoftmax(train, { dimension: hasher.dimension, epochs: 3 });
    const t = fitTemperature(model, test);
    expect(t).toBeGreaterThan(0);
    const p = predictProba(model, test[0]?.features ?? sparseFromIndices(new Uint32Array(0)));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (const v of p) expect(v).toBeGreaterThanOrEqual(0);
  });
});

describe("binary logistic regression", () => {
  const data = toyData(300, 3)
    .filter((e) => e.label !== 2)
    .map((e) => ({ features: e.features, label: e.label === 1 ? (1 as const) : (0 as const) }));

  it("separates two classes, calibrates with Platt and round-trips", () => {
    const model = trainLogistic(data, { dimension: hasher.dimension, epochs: 4 });
    const scores = data.map((e) => logisticMargin(model, e.features));
    expect(
      rocAuc(
        scores,
        data.map((e) => e.label),
      ),
    ).toBe(1);
    model.platt = fitPlatt(
      scores,
      data.map((e) => e.label),
    );
    const first = data[0];
    if (!first) throw new Error("no data");
    const p = predictPositive(model, first.features);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    const back = deserializeLogistic(SerializedLogistic.parse(JSON.parse(JSON.stringify(serializeLogistic(model)))));
    expect(predictPositive(back, first.features)).toBeCloseTo(p, 6);
  });

  it("gives positive log-count ratios to positive-only features", () => {
    const ratios = logCountRatios(data, hasher.dimension);
    expect(ratios[hasher.index("parcel")]).toBeGreaterThan(0);
    expect(ratios[hasher.index("refund")]).toBeLessThan(0);
  });
});

describe("metrics and helpers", () => {
  it("computes accuracy, macro F1, confusions and AUC", () => {
    const r = classificationReport([0, 0, 1, 1], [0, 1, 1, 1], 2);
    expect(r.accuracy).toBe(0.75);
    expect(r.perClass[1]?.precision).toBeCloseTo(2 / 3);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(topConfusions(r.confusion)).toEqual([{ gold: 0, predicted: 1, count: 1 }]);
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it("encodes base64 like the standard alphabet", () => {
    const bytes = Uint8Array.from([0, 255, 16, 32, 7]);
    expect(bytesToBase64(bytes)).toBe("AP8QIAc=");
    expect(Array.from(base64ToBytes("AP8QIAc="))).toEqual(Array.from(bytes));
  });

  it("splits every label into train and held-out parts", () => {
    const labels = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const { train, heldOut } = stratifiedSplit(labels, 0.5, 7);
    expect(train.length + heldOut.length).toBe(10);
    expect(heldOut.filter((i) => labels[i] === 1)).toHaveLength(3);
  });
});
