// Out-of-scope evaluation shared by the NLU tests and bench/out-of-scope.bench.ts (not used at run time).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { START_FLOW_CONFIDENCE } from "../../application/agent/local-understander.js";
import { evaluateOutOfScope, type OutOfScopeEvaluation } from "../../domain/nlu/evaluate-out-of-scope.js";
import { DEFAULT_OOS_THRESHOLD, IntentClassifier } from "../../domain/nlu/intent-classifier.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";
import type { TextClassifier } from "../../domain/nlu/text-classifier.js";
import { type LabelledText, trainTextClassifier } from "../../domain/nlu/train-text-classifier.js";
import { TRAINING_PRESETS } from "../../domain/nlu/training-presets.js";
import { parseJson } from "../../domain/parse-json.js";
import { NLU_RESOURCES_DIR } from "./load-default-nlu.js";
import { outOfScopeMessages } from "./out-of-scope-messages.fixture.js";
import { REALISTIC_MESSAGES } from "./realistic-messages.fixture.js";

const IntentRow = z.object({ text: z.string(), label: z.string(), pack: z.string().optional() });
type IntentRow = z.infer<typeof IntentRow>;

/** Rows of resources/nlu/intents.jsonl with their optional `pack` tag (rows added after the first release). */
export async function readIntentRows(): Promise<IntentRow[]> {
  const file = join(NLU_RESOURCES_DIR, "intents.jsonl");
  const content = await readFile(file, "utf8");
  return content
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((line, i) => parseJson(IntentRow, line, `${file} line ${i + 1}`));
}

/** Stable dev split by text hash, so adding rows never moves existing ones between splits. */
export function isDevRow(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 5 === 0;
}

/** Which model to evaluate: training rows and the classifier's out-of-scope guard. */
export interface IntentVariant {
  /** Leave out rows of these packs (the "before" model leaves out every pack). */
  withoutPacks: (pack: string) => boolean;
  /** Builds the intent classifier from the trained text classifier. */
  build: (classifier: TextClassifier) => IntentClassifier;
}

/** The evaluation and training time of one variant. */
export interface VariantReport {
  dev: OutOfScopeEvaluation;
  realistic: OutOfScopeEvaluation;
  trainMillis: number;
  classify: (text: string) => { intent: string; confidence: number };
}

/** Trains on the non-dev rows, then scores the dev split and the realistic messages, both with the held-out out-of-scope set. */
export async function evaluateIntentVariant(variant: IntentVariant, segmenter: Segmenter): Promise<VariantReport> {
  const rows = (await readIntentRows()).filter((r) => r.pack === undefined || !variant.withoutPacks(r.pack));
  const train: LabelledText[] = rows.filter((r) => !isDevRow(r.text)).map(({ text, label }) => ({ text, label }));
  const dev = rows.filter((r) => isDevRow(r.text) && r.label !== "out_of_scope" && r.pack === undefined);
  const trained = trainTextClassifier(train, segmenter, TRAINING_PRESETS.intent);
  const intents = variant.build(trained.classifier);
  const classify = (text: string) => intents.classify(text);
  const oos = outOfScopeMessages().map((m) => m.text);
  const realistic = Object.entries(REALISTIC_MESSAGES)
    .filter(([intent]) => intent !== "out_of_scope")
    .flatMap(([label, m]) => [...m.en, ...m.zh].map((text) => ({ text, label })));
  return {
    dev: evaluateOutOfScope(classify, dev, oos, START_FLOW_CONFIDENCE),
    realistic: evaluateOutOfScope(classify, realistic, oos, START_FLOW_CONFIDENCE),
    trainMillis: trained.trainMillis,
    classify,
  };
}

/** The model as first shipped: original rows, probability threshold only. */
export const BEFORE_VARIANT: IntentVariant = {
  withoutPacks: () => true,
  build: (classifier) => new IntentClassifier(classifier, DEFAULT_OOS_THRESHOLD, 5, false),
};

/** The shipped model: every pack, probability threshold plus the character-level noise guard. */
export const AFTER_VARIANT: IntentVariant = {
  withoutPacks: () => false,
  build: (classifier) => new IntentClassifier(classifier),
};
