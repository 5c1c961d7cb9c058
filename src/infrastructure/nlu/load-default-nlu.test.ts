import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { START_FLOW_CONFIDENCE } from "../../application/agent/local-understander.js";
import type { NluAnalyzer } from "../../application/ports/nlu-analyzer.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { Intent } from "../../domain/nlu/intent.js";
import { trainTextClassifier } from "../../domain/nlu/train-text-classifier.js";
import { TRAINING_PRESETS } from "../../domain/nlu/training-presets.js";
import { parseJson } from "../../domain/parse-json.js";
import type { Product } from "../../domain/shop/product.js";
import { JiebaSegmenter } from "./jieba-segmenter.js";
import { loadDefaultNlu, modelDir, NLU_RESOURCES_DIR } from "./load-default-nlu.js";
import { loadModelDirectory } from "./model-directory.js";
import { ModelMeta } from "./model-meta.js";
import { readLabelledJsonl } from "./read-labelled-jsonl.js";
import { REALISTIC_MESSAGES } from "./realistic-messages.fixture.js";

const shoes: Product = {
  id: "p-rs",
  name: "Running Shoes",
  nameZh: "跑鞋",
  category: "",
  description: "",
  attributes: {},
  variants: [{ id: "v1", productId: "p-rs", options: { color: "blue", size: "9" }, available: true, priceCents: 9900 }],
};

let dataDir: string;
let nlu: NluAnalyzer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "kefu-nlu-"));
  nlu = await loadDefaultNlu({ dataDir, catalogue: [shoes], now: () => new Date("2024-11-25T08:00:00Z") });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("loadDefaultNlu", () => {
  it("trains the shipped models into <dataDir>/models and reuses them next time", async () => {
    const metaFile = join(modelDir(dataDir, "intent"), "meta.json");
    const meta = parseJson(ModelMeta, readFileSync(metaFile, "utf8"));
    expect(meta.task).toBe("intent");
    expect([...meta.labels].sort()).toEqual([...Intent.options].sort());
    expect(meta.metrics[0]?.accuracy).toBeGreaterThan(0.9);
    const before = statSync(join(modelDir(dataDir, "intent"), "model.json")).mtimeMs;
    await loadDefaultNlu({ dataDir });
    expect(statSync(join(modelDir(dataDir, "intent"), "model.json")).mtimeMs).toBe(before);
  });

  it("produces a full NluResult with intent, entities and sentiment", () => {
    const en = nlu.analyze("I want to return the shoes from order #W2378156");
    expect(en.language).toBe("en");
    expect(en.intent).toBe("return");
    expect(en.ranking[0]?.intent).toBe("return");
    expect(en.entities.map((e) => [e.type, e.value])).toEqual([
      ["product", "Running Shoes"],
      ["order_id", "#W2378156"],
    ]);
    const zh = nlu.analyze("我的快递到哪了？昨天就该到了！！！");
    expect(zh).toMatchObject({ language: "zh", intent: "logistics", sentiment: { label: "negative", anger: true } });
    expect(zh.entities).toEqual([expect.objectContaining({ type: "date", value: "2024-11-24" })]);
    expect(nlu.analyze("thank you, great help").sentiment.label).toBe("positive");
    expect(nlu.analyze("好的").sentiment.label).toBe("neutral");
  });

  it("recognises realistic messages for every intent in both languages", () => {
    let correct = 0;
    let total = 0;
    for (const [intent, byLanguage] of Object.entries(REALISTIC_MESSAGES)) {
      const messages = [...byLanguage.en, ...byLanguage.zh];
      const hits = messages.filter((m) => nlu.analyze(m).intent === intent).length;
      expect(hits, intent).toBeGreaterThanOrEqual(messages.length - 1);
      correct += hits;
      total += messages.length;
    }
    expect(correct / total).toBeGreaterThanOrEqual(0.95);
  });

  it("does not start a flow on a vague fragment, chit-chat or keyboard mash", () => {
    for (const text of ["umm the thing with the stuff", "asdfghjkl", "啊啊啊啊啊", "what's your favourite colour"]) {
      const result = nlu.analyze(text);
      expect(result.intent === "out_of_scope" || result.confidence < START_FLOW_CONFIDENCE, text).toBe(true);
    }
  });

  it("answers well under a millisecond per message", () => {
    const messages = Object.values(REALISTIC_MESSAGES).flatMap((m) => [...m.en, ...m.zh]);
    for (const m of messages) nlu.analyze(m);
    const started = performance.now();
    for (const m of messages) nlu.analyze(m);
    expect((performance.now() - started) / messages.length).toBeLessThan(1);
  });

  it("rejects a corrupted model directory with a validation error", async () => {
    const broken = mkdtempSync(join(tmpdir(), "kefu-nlu-broken-"));
    try {
      await loadDefaultNlu({ dataDir: broken });
      writeFileSync(join(modelDir(broken, "intent"), "meta.json"), '{"format":"something else"}');
      const error = await loadModelDirectory(modelDir(broken, "intent"), new JiebaSegmenter()).catch((e: unknown) => e);
      expect(KefuError.isInstance(error) && error.code).toBe("VALIDATION_FAILED");
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe("the shipped intent data", () => {
  it("reaches at least 90% on a held-out slice of our own examples", async () => {
    const data = await readLabelledJsonl(join(NLU_RESOURCES_DIR, "intents.jsonl"), {
      textField: "text",
      labelField: "label",
    });
    const trained = trainTextClassifier(data, new JiebaSegmenter(), {
      ...TRAINING_PRESETS.intent,
      calibrationFraction: 0.2,
      refit: false,
      seed: 7,
    });
    expect(trained.heldOut?.total).toBeGreaterThan(800);
    expect(trained.heldOut?.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(trained.trainMillis).toBeLessThan(10_000);
  });
});
