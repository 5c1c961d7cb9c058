import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Review } from "../../../domain/insights/review.js";
import { parseJson } from "../../../domain/parse-json.js";

/** A review as imported, plus a research label (1 positive, 0 negative) when the file has one. */
export interface ImportedReview {
  review: Review;
  label?: 0 | 1;
}

const ALIASES = {
  id: ["id", "review_id", "reviewId"],
  text: ["text", "review", "content", "comment", "body"],
  productId: ["productId", "product_id", "sku"],
  orderId: ["orderId", "order_id"],
  customerId: ["customerId", "customer_id", "user_id"],
  category: ["category", "cat", "category_en"],
  rating: ["rating", "stars", "score"],
  createdAt: ["createdAt", "created_at", "date", "time"],
  label: ["label", "sentiment_label"],
} as const;

const Cell = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const Row = z.record(z.string(), z.unknown());

function pick(row: Record<string, unknown>, field: keyof typeof ALIASES): string | undefined {
  for (const key of ALIASES[field]) {
    const parsed = Cell.safeParse(row[key]);
    if (parsed.success && parsed.data !== "") return parsed.data;
  }
  return undefined;
}

/** Maps one loosely named row (CSV header or JSON keys) to a validated review. */
export function reviewFromRow(
  row: Record<string, unknown>,
  index: number,
  now: string,
  where: string,
  source = "",
): ImportedReview {
  const text = pick(row, "text");
  if (!text)
    throw new KefuError("IMPORT_INVALID", `${where}: no review text (columns: text, review, content or comment)`);
  const rating = pick(row, "rating");
  const created = pick(row, "createdAt");
  const createdAt = created && !Number.isNaN(Date.parse(created)) ? new Date(created).toISOString() : now;
  const label = pick(row, "label");
  const candidate = {
    // Without an id column: stable per file and row, so re-importing a file updates instead of duplicating.
    id:
      pick(row, "id") ?? `rev_${createHash("sha1").update(`${source}\n${index}\n${text}`).digest("hex").slice(0, 16)}`,
    text,
    category: pick(row, "category") ?? "",
    createdAt,
    ...(pick(row, "productId") ? { productId: pick(row, "productId") } : {}),
    ...(pick(row, "orderId") ? { orderId: pick(row, "orderId") } : {}),
    ...(pick(row, "customerId") ? { customerId: pick(row, "customerId") } : {}),
    ...(rating !== undefined && /^[1-5](\.0)?$/.test(rating) ? { rating: Number(rating) } : {}),
  };
  const parsed = Review.safeParse(candidate);
  if (!parsed.success) {
    throw new KefuError("IMPORT_INVALID", `${where}: ${parsed.error.issues[0]?.message ?? "invalid review"}`);
  }
  return { review: parsed.data, ...(label === "1" ? { label: 1 } : label === "0" ? { label: 0 } : {}) };
}

/** Reads reviews from CSV (with a header row), a JSON array or JSON Lines, chosen by extension. */
export async function readReviewFile(path: string, now: string): Promise<ImportedReview[]> {
  const text = await readFile(path, "utf8");
  const ext = extname(path).toLowerCase();
  let rows: Record<string, unknown>[];
  if (ext === ".csv") {
    const records: unknown = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
    rows = z.array(Row).parse(records);
  } else if (ext === ".json") {
    rows = parseJson(z.array(Row), text, path);
  } else if (ext === ".jsonl" || ext === ".ndjson") {
    rows = text
      .split("\n")
      .map((line, i) => ({ line: line.trim(), i }))
      .filter(({ line }) => line !== "")
      .map(({ line, i }) => parseJson(Row, line, `${path}:${i + 1}`));
  } else {
    throw new KefuError("IMPORT_INVALID", `${path}: use a .csv, .json or .jsonl file`);
  }
  return rows.map((row, i) => reviewFromRow(row, i, now, `${path} row ${i + 1}`, basename(path)));
}
