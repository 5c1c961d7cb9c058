// Out-of-scope rejection and calibration of Kefu's shipped intent model, before (first data, no
// noise guard) and after (out-of-scope pack + noise guard), both trained and scored in this run.
import { JiebaSegmenter } from "../src/infrastructure/nlu/jieba-segmenter.js";
import {
  AFTER_VARIANT,
  BEFORE_VARIANT,
  evaluateIntentVariant,
  type IntentVariant,
  type VariantReport,
} from "../src/infrastructure/nlu/out-of-scope-eval.js";
import { outOfScopeMessages } from "../src/infrastructure/nlu/out-of-scope-messages.fixture.js";
import { ms, pct, percentile, printTable } from "./nlu-bench-support.js";

/** Wall-clock p50 per message and CPU time per message (CPU is steadier when the machine is shared). */
function latency(report: VariantReport, messages: readonly string[]): { p50: number; cpuMicros: number } {
  for (const m of messages) report.classify(m);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const m of messages) {
    const t = performance.now();
    report.classify(m);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { p50: percentile(times, 50), cpuMicros: (used.user + used.system) / messages.length };
}

const segmenter = new JiebaSegmenter();
const oos = outOfScopeMessages();
console.log(
  `held-out out-of-scope messages: ${oos.length} (en ${oos.filter((m) => m.lang === "en").length}, zh ${oos.filter((m) => m.lang === "zh").length})`,
);
const variants: [string, IntentVariant][] = [
  ["before (first data, threshold only)", BEFORE_VARIANT],
  ["after (oos pack + noise guard)", AFTER_VARIANT],
];
const rows: { name: string; report: VariantReport; p50: number; cpuMicros: number }[] = [];
for (const [name, variant] of variants) {
  const report = await evaluateIntentVariant(variant, segmenter);
  const messages = [
    ...oos.map((m) => m.text),
    ...Array.from({ length: 400 }, (_, i) => `where is my order #W${2000000 + i}`),
  ];
  rows.push({ name, report, ...latency(report, messages) });
}
printTable(
  [
    "model",
    "dev acc",
    "realistic acc",
    "OOS recall",
    "OOS strict",
    "ECE dev",
    "ECE realistic",
    "train s",
    "p50 ms",
    "CPU µs/msg",
  ],
  rows.map(({ name, report: r, p50, cpuMicros }) => [
    name,
    `${pct(r.dev.inScopeAccuracy)} (${r.dev.inScope})`,
    `${pct(r.realistic.inScopeAccuracy)} (${r.realistic.inScope})`,
    pct(r.dev.oosRecall),
    pct(r.dev.oosStrictRecall),
    r.dev.ece.toFixed(3),
    r.realistic.ece.toFixed(3),
    (r.trainMillis / 1000).toFixed(1),
    ms(p50),
    cpuMicros.toFixed(0),
  ]),
);
const [before, after] = rows;
if (before && after) {
  const b = before.report.dev;
  const a = after.report.dev;
  console.log(
    `after vs before: OOS recall ${pct(b.oosRecall)} -> ${pct(a.oosRecall)}, in-scope accuracy ${((a.inScopeAccuracy - b.inScopeAccuracy) * 100).toFixed(2)} pt, ECE realistic ${before.report.realistic.ece.toFixed(3)} -> ${after.report.realistic.ece.toFixed(3)}`,
  );
  console.log(
    `target: OOS recall >= 85% -> ${a.oosRecall >= 0.85 ? "met" : "NOT met"}; in-scope accuracy >= before - 0.5 pt -> ${a.inScopeAccuracy >= b.inScopeAccuracy - 0.005 ? "met" : "NOT met"}; p50 < 1 ms -> ${after.p50 < 1 ? "met" : "NOT met"}`,
  );
  console.log("still accepted as in scope (after):");
  for (const m of a.misses) console.log(`  ${m.intent} ${m.confidence.toFixed(2)}  ${m.text}`);
}
