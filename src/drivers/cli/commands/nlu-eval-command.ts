import { evaluateTextClassifier, type TextEvaluation } from "../../../domain/nlu/evaluate-text-classifier.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { loadModelDirectory } from "../../../infrastructure/nlu/model-directory.js";
import { readLabelledJsonl } from "../../../infrastructure/nlu/read-labelled-jsonl.js";
import { formatPercent } from "./nlu-format.js";

/** Options of `kefu eval intent|sentiment`. */
export interface EvalCommandOptions {
  model: string;
  data: string;
  textField: string;
  labelField: string;
}

/** Scores a saved model on labelled JSONL and prints accuracy, macro P/R/F1 and top confusions. */
export async function runEvalCommand(
  options: EvalCommandOptions,
  print: (line: string) => void = console.log,
): Promise<TextEvaluation> {
  const { classifier } = await loadModelDirectory(options.model, new JiebaSegmenter());
  const data = await readLabelledJsonl(options.data, { textField: options.textField, labelField: options.labelField });
  const evaluation = evaluateTextClassifier(classifier, data);
  const r = evaluation.report;
  print(`examples: ${r.total}`);
  print(`accuracy: ${formatPercent(r.accuracy)}`);
  print(
    `macro precision / recall / F1: ${formatPercent(r.macroPrecision)} / ${formatPercent(r.macroRecall)} / ${formatPercent(r.macroF1)}`,
  );
  print(`mean latency: ${evaluation.meanMillis.toFixed(3)} ms`);
  if (evaluation.topConfusions.length === 0) print("no confusions");
  else {
    print("top confusions (gold → predicted):");
    for (const c of evaluation.topConfusions) print(`  ${c.goldLabel} → ${c.predictedLabel}: ${c.count}`);
  }
  return evaluation;
}
