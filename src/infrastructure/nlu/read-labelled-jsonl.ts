import { readFile } from "node:fs/promises";
import { z } from "zod";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { LabelledText } from "../../domain/nlu/train-text-classifier.js";
import { parseJson } from "../../domain/parse-json.js";

/** Which JSON fields hold the text and the label. */
export interface LabelFields {
  textField: string;
  labelField: string;
}

const Row = z.record(z.string(), z.unknown());

/** Parses one JSONL line into an object, or says which line is broken. */
export function parseJsonLine(line: string, lineNumber: number, file: string): Record<string, unknown> {
  return parseJson(Row, line, `${file} line ${lineNumber}`);
}

/** A text field as a string, or a readable error naming the line. */
export function textOf(row: Record<string, unknown>, field: string, lineNumber: number, file: string): string {
  const value = row[field];
  if (typeof value !== "string") {
    throw new KefuError("VALIDATION_FAILED", `${file} line ${lineNumber} has no string field "${field}"`);
  }
  return value;
}

/** Reads `{text, label}` rows (any field names; numeric labels become strings); blank lines are skipped. */
export async function readLabelledJsonl(file: string, fields: LabelFields): Promise<LabelledText[]> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch {
    throw new KefuError("NOT_FOUND", `cannot read ${file}`);
  }
  const rows: LabelledText[] = [];
  content.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const row = parseJsonLine(line, i + 1, file);
    const label = row[fields.labelField];
    if (typeof label !== "string" && typeof label !== "number" && typeof label !== "boolean") {
      throw new KefuError("VALIDATION_FAILED", `${file} line ${i + 1} has no label field "${fields.labelField}"`);
    }
    rows.push({ text: textOf(row, fields.textField, i + 1, file), label: String(label) });
  });
  if (rows.length === 0) throw new KefuError("VALIDATION_FAILED", `${file} has no examples`);
  return rows;
}
