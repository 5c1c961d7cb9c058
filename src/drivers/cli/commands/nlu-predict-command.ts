import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { loadModelDirectory } from "../../../infrastructure/nlu/model-directory.js";
import { parseJsonLine, textOf } from "../../../infrastructure/nlu/read-labelled-jsonl.js";

/** Options of `kefu predict intent|sentiment`. */
export interface PredictCommandOptions {
  model: string;
  textField: string;
}

/**
 * Streams JSONL from `input` to `output`: one `{"label","confidence"}` line per non-blank input
 * line, in input order. Stops with a KefuError naming the first bad line.
 */
export async function runPredictCommand(
  options: PredictCommandOptions,
  input: Readable,
  output: Writable,
): Promise<number> {
  const { classifier } = await loadModelDirectory(options.model, new JiebaSegmenter());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let written = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const chunk = batch.join("");
    batch = [];
    // Respect back-pressure so huge inputs don't pile up in memory.
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once("drain", () => resolve()));
  };
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === "") continue;
      const text = textOf(parseJsonLine(line, lineNumber, "stdin"), options.textField, lineNumber, "stdin");
      const prediction = classifier.predict(text);
      batch.push(`${JSON.stringify({ label: prediction.label, confidence: round(prediction.confidence) })}\n`);
      written++;
      if (batch.length >= 256) await flush();
    }
  } finally {
    await flush();
  }
  return written;
}

function round(p: number): number {
  return Math.round(p * 1e6) / 1e6;
}
