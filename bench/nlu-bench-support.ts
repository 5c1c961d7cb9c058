// Shared helpers for the NLU benchmarks: data location, JSONL reading, latency percentiles, tables.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { LabelledText } from "../src/domain/nlu/train-text-classifier.js";
import { parseJson } from "../src/domain/parse-json.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** `../shared/data` next to the repository, or KEFU_SHARED_DATA. */
export const SHARED_DATA = process.env.KEFU_SHARED_DATA ?? join(repoRoot, "../shared/data");

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
