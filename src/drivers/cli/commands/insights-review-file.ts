import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import {
  type ImportedReview,
  ReviewRow,
  reviewFromRow,
  reviewRowsFromCsv,
} from "../../../application/use-cases/insights/review-rows.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseJson } from "../../../domain/parse-json.js";

export type { ImportedReview } from "../../../application/use-cases/insights/review-rows.js";

/** Reads reviews from CSV (with a header row), a JSON array or JSON Lines, chosen by extension. */
export async function readReviewFile(path: string, now: string): Promise<ImportedReview[]> {
  const text = await readFile(path, "utf8");
  const ext = extname(path).toLowerCase();
  let rows: ReviewRow[];
  if (ext === ".csv") {
    rows = reviewRowsFromCsv(text, path);
  } else if (ext === ".json") {
    rows = parseJson(ReviewRow.array(), text, path);
  } else if (ext === ".jsonl" || ext === ".ndjson") {
    rows = text
      .split("\n")
      .map((line, i) => ({ line: line.trim(), i }))
      .filter(({ line }) => line !== "")
      .map(({ line, i }) => parseJson(ReviewRow, line, `${path}:${i + 1}`));
  } else {
    throw new KefuError("IMPORT_INVALID", `${path}: use a .csv, .json or .jsonl file`);
  }
  // Without an id column the id is stable per file and row, so re-importing a file updates instead of duplicating.
  return rows.map((row, i) => reviewFromRow(row, i, now, `${path} row ${i + 1}`, { source: basename(path) }));
}
