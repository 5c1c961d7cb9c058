import { SingleBar } from "cli-progress";
import type { TextTask } from "../../../domain/nlu/training-presets.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import type { ModelMeta } from "../../../infrastructure/nlu/model-meta.js";
import { readLabelledJsonl } from "../../../infrastructure/nlu/read-labelled-jsonl.js";
import { trainModel } from "../../../infrastructure/nlu/train-model.js";
import { formatPercent } from "./nlu-format.js";

/** Options of `kefu train intent|sentiment`. */
export interface TrainCommandOptions {
  data: string;
  out: string;
  textField: string;
  labelField: string;
  dev?: string;
  /** Show a progress bar on stderr (default: when stderr is a terminal). */
  progress?: boolean;
}

/** Trains a model from labelled JSONL, saves it to `out` and prints held-out/dev metrics. */
export async function runTrainCommand(
  task: TextTask,
  options: TrainCommandOptions,
  print: (line: string) => void = console.log,
): Promise<ModelMeta> {
  const fields = { textField: options.textField, labelField: options.labelField };
  const data = await readLabelledJsonl(options.data, fields);
  const dev = options.dev ? await readLabelledJsonl(options.dev, fields) : undefined;
  const bar =
    (options.progress ?? process.stderr.isTTY === true)
      ? new SingleBar({ format: "training {bar} {percentage}% | {phase}", stream: process.stderr })
      : undefined;
  bar?.start(100, 0, { phase: "features" });
  try {
    const { meta } = await trainModel({
      task,
      data,
      ...(dev ? { dev } : {}),
      outDir: options.out,
      source: options.data,
      segmenter: new JiebaSegmenter(),
      onProgress: (fraction, phase) => bar?.update(Math.round(fraction * 100), { phase }),
    });
    bar?.stop();
    print(`trained ${task} model on ${meta.trainingExamples} examples in ${(meta.trainMillis / 1000).toFixed(1)} s`);
    print(`labels (${meta.labels.length}): ${meta.labels.join(", ")}`);
    for (const m of meta.metrics) {
      print(
        `${m.split} (${m.examples}): accuracy ${formatPercent(m.accuracy)}  macro P/R/F1 ${formatPercent(m.macroPrecision)} / ${formatPercent(m.macroRecall)} / ${formatPercent(m.macroF1)}`,
      );
    }
    print(`saved to ${options.out}`);
    return meta;
  } finally {
    bar?.stop();
  }
}
