import { describe, expect, it } from "vitest";
import { hashString } from "../ml/feature-hasher.js";
import type { FeatureConfig } from "./feature-config.js";
import { CharSegmenter, type Segmenter } from "./segmenter.js";
import { TextFeaturizer } from "./text-featurizer.js";
import { tokenize } from "./tokenize.js";

const config: FeatureConfig = { hashBits: 20, wordNgrams: 2, hanChars: [1, 3], latinChars: [3, 5], tf: "binary" };
/** Cuts 快递/到/哪 the way a dictionary segmenter would, without jieba. */
const fixedSegmenter: Segmenter = { cut: (t) => (t === "快递到哪" ? ["快递", "到", "哪"] : Array.from(t)) };

function indexOf(feature: string): number {
  return hashString(feature) & (2 ** config.hashBits - 1);
}

describe("tokenize", () => {
  it("splits scripts, keeps ?! and replaces ids and numbers by their shape", () => {
    const tokens = tokenize("order #w2378156 快递到哪? 2 items", fixedSegmenter).map((t) => t.text);
    expect(tokens).toEqual(["order", "<id>", "快递", "到", "哪", "?", "<num1>", "items"]);
  });
});

describe("TextFeaturizer", () => {
  const featurizer = new TextFeaturizer(config, fixedSegmenter);

  it("hashes word unigrams and bigrams exactly like hashString of the spelled-out feature", () => {
    const v = featurizer.vectorize("Where parcel");
    const present = new Set(v.indices);
    for (const f of ["w|where", "w|parcel", "b|where|parcel", "l|<wh", "l|cel>", "l|rcel>"]) {
      expect(present.has(indexOf(f)), f).toBe(true);
    }
    expect(present.has(indexOf("l|<w"))).toBe(false);
    expect(present.has(indexOf("l|<where>"))).toBe(false);
  });

  it("adds Han character 1-3-grams over the run and segmenter words", () => {
    const present = new Set(featurizer.vectorize("快递到哪").indices);
    for (const f of ["w|快递", "b|快递|到", "c|快", "c|快递", "c|快递到", "c|到哪"]) {
      expect(present.has(indexOf(f)), f).toBe(true);
    }
    expect(present.has(indexOf("c|快递到哪"))).toBe(false);
  });

  it("is case and width insensitive and returns a unit vector", () => {
    const a = featurizer.vectorize("ＲＥＴＵＲＮ please");
    const b = featurizer.vectorize("return PLEASE");
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Math.hypot(...a.values)).toBeCloseTo(1, 5);
  });

  it("gives different order numbers the same features", () => {
    const a = new TextFeaturizer(config, new CharSegmenter()).vectorize("订单#W2378156");
    const b = new TextFeaturizer(config, new CharSegmenter()).vectorize("订单#W9999999");
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
  });
});
