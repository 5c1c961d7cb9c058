// Intent classification on Bitext customer support (27 intents): Kefu's hashed-n-gram softmax vs NLP.js,
// both trained on the full train split and scored on dev in the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { classificationReport } from "../src/domain/ml/metrics.js";
import { trainTextClassifier } from "../src/domain/nlu/train-text-classifier.js";
import { TRAINING_PRESETS } from "../src/domain/nlu/training-presets.js";
import { JiebaSegmenter } from "../src/infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../src/infrastructure/nlu/load-default-nlu.js";
import { createNlpManager } from "./nlpjs-baseline.js";
import { ms, pct, percentile, printTable, readSplit, SHARED_DATA } from "./nlu-bench-support.js";

interface Row {
  name: string;
  accuracy: number;
  macroF1: number;
  trainSeconds: number;
  p50: number;
  p99: number;
}

function score(labels: string[], gold: string[], predicted: string[]) {
  const index = (l: string) => {
    let i = labels.indexOf(l);
    if (i < 0) {
      labels.push(l);
      i = labels.length - 1;
    }
    return i;
  };
  const g = gold.map(index);
  const p = predicted.map(index);
  return classificationReport(g, p, labels.length);
}

const train = readSplit("bitext-cs", "train", "intent");
const dev = readSplit("bitext-cs", "dev", "intent");
console.log(`Bitext intents from ${SHARED_DATA}/bitext-cs: train ${train.length}, dev ${dev.length}`);
const rows: Row[] = [];

{
  const started = performance.now();
  const { classifier } = trainTextClassifier(train, new JiebaSegmenter(), TRAINING_PRESETS.intent);
  const trainSeconds = (performance.now() - started) / 1000;
  const times: number[] = [];
  const predicted = dev.map((d) => {
    const t = performance.now();
    const label = classifier.predict(d.text).label;
    times.push(performance.now() - t);
    return label;
  });
  const r = score(
    [...classifier.labels],
    dev.map((d) => d.label),
    predicted,
  );
  rows.push({
    name: "Kefu (hashed n-gram softmax)",
    accuracy: r.accuracy,
    macroF1: r.macroF1,
    trainSeconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  });
}

{
  const manager = createNlpManager();
  for (const d of train) manager.addDocument("en", d.text, d.label);
  const started = performance.now();
  await manager.train();
  const trainSeconds = (performance.now() - started) / 1000;
  const times: number[] = [];
  const predicted: string[] = [];
  for (const d of dev) {
    const t = performance.now();
    const result = await manager.process("en", d.text);
    times.push(performance.now() - t);
    predicted.push(typeof result.intent === "string" ? result.intent : "None");
  }
  const r = score(
    [],
    dev.map((d) => d.label),
    predicted,
  );
  rows.push({
    name: "NLP.js NlpManager (full train)",
    accuracy: r.accuracy,
    macroF1: r.macroF1,
    trainSeconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  });
}

printTable(
  ["model", "accuracy", "macro-F1", "train s", "p50 ms", "p99 ms"],
  rows.map((r) => [r.name, pct(r.accuracy), pct(r.macroF1), r.trainSeconds.toFixed(1), ms(r.p50), ms(r.p99)]),
);
const [kefu, nlpjs] = rows;
if (kefu && nlpjs) {
  console.log(
    `ratios Kefu/NLP.js: accuracy ${(kefu.accuracy / nlpjs.accuracy).toFixed(3)}x, train time ${(kefu.trainSeconds / nlpjs.trainSeconds).toFixed(2)}x, p50 latency ${(kefu.p50 / nlpjs.p50).toFixed(2)}x, p99 latency ${(kefu.p99 / nlpjs.p99).toFixed(2)}x`,
  );
  console.log(
    `target: accuracy >= 99% on dev -> ${kefu.accuracy >= 0.99 ? "met" : "NOT met"}; < 1 ms per prediction -> ${kefu.p99 < 1 ? "met" : "NOT met"}`,
  );
}

// The whole local NLU (language, intent, entities, sentiment) on our own shipped models.
const dataDir = mkdtempSync(join(tmpdir(), "kefu-bench-"));
try {
  const trainStart = performance.now();
  const nlu = await loadDefaultNlu({ dataDir });
  const shippedSeconds = (performance.now() - trainStart) / 1000;
  const messages = [
    ...dev.slice(0, 500).map((d) => d.text),
    "我的快递到哪了，订单#W2378156",
    "我要退货，蓝色M码的T恤太小了",
    "转人工！！！",
  ];
  const times: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const m of messages) {
      const t = performance.now();
      nlu.analyze(m);
      if (round === 1) times.push(performance.now() - t);
    }
  }
  console.log(
    `full NluAnalyzer.analyze() (shipped models trained from resources/nlu in ${shippedSeconds.toFixed(1)} s): p50 ${ms(percentile(times, 50))} ms, p99 ${ms(percentile(times, 99))} ms over ${times.length} messages`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
