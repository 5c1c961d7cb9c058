// Shared helpers for the NLU benchmarks: data location, JSONL reading, latency percentiles, tables.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { LabelledText } from "../src/domain/nlu/train-text-classifier.js";
import { parseJson } from "../src/domain/parse-json.js";

import { SHARED_DATA } from "./shared-data-dir.js";

export { SHARED_DATA };

const Row = z.record(z.string(), z.unknown());

/** Reads a labelled JSONL split of a shared data set. */
export function readSplit(set: string, split: "train" | "dev", labelField: string): LabelledText[] {
  const file = join(SHARED_DATA, set, `${split}.jsonl`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((line, i) => {
      const row = parseJson(Row, line, `${file} line ${i + 1}`);
      return { text: String(row.text ?? ""), label: String(row[labelField] ?? "") };
    });
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Prints rows as an aligned plain-text table. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** 0.9876 → "98.76%". */
export function pct(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}

/** Milliseconds with three decimals. */
export function ms(value: number): string {
  return value.toFixed(3);
}
