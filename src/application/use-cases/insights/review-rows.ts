import { createHash } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Review } from "../../../domain/insights/review.js";

/** A review as imported, plus a research label (1 positive, 0 negative) when the row has one. */
export interface ImportedReview {
  review: Review;
  label?: 0 | 1;
  /** The row had no date, so `createdAt` is the import time (a re-import keeps the stored date). */
  undated?: true;
}

/** Why one row of an import was rejected; `row` is 1-based (the CSV header is not a row). */
export interface ReviewRowError {
  row: number;
  message: string;
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

/** One loosely named row: CSV header cells or JSON keys to values. */
export const ReviewRow = z.record(z.string(), z.unknown());
export type ReviewRow = z.infer<typeof ReviewRow>;

function pick(row: ReviewRow, field: keyof typeof ALIASES): string | undefined {
  for (const key of ALIASES[field]) {
    const parsed = Cell.safeParse(row[key]);
    if (parsed.success && parsed.data !== "") return parsed.data;
  }
  return undefined;
}

/**
 * How rows without an id get one: "position" hashes source, row number and text (files, where
 * the same text twice is two reviews); "content" hashes product, order, customer, date and text,
 * so resending the same rows in any order changes nothing (API imports).
 */
export type ReviewIdStrategy = "position" | "content";

function derivedId(row: ReviewRow, index: number, text: string, source: string, strategy: ReviewIdStrategy): string {
  const parts =
    strategy === "position"
      ? [source, String(index), text]
      : [pick(row, "productId"), pick(row, "orderId"), pick(row, "customerId"), pick(row, "createdAt"), text];
  return `rev_${createHash("sha1")
    .update(parts.map((p) => p ?? "").join("\n"))
    .digest("hex")
    .slice(0, 16)}`;
}

/** Maps one row to a validated review; throws IMPORT_INVALID naming `where`. */
export function reviewFromRow(
  row: ReviewRow,
  index: number,
  now: string,
  where: string,
  options: { source?: string; ids?: ReviewIdStrategy } = {},
): ImportedReview {
  const text = pick(row, "text");
  if (!text)
    throw new KefuError("IMPORT_INVALID", `${where}: no review text (columns: text, review, content or comment)`);
  const rating = pick(row, "rating");
  if (rating !== undefined && !/^[1-5](\.0)?$/.test(rating)) {
    throw new KefuError("IMPORT_INVALID", `${where}: rating must be a whole number from 1 to 5, got "${rating}"`);
  }
  const created = pick(row, "createdAt");
  if (created !== undefined && Number.isNaN(Date.parse(created))) {
    throw new KefuError("IMPORT_INVALID", `${where}: createdAt "${created}" is not a date`);
  }
  const label = pick(row, "label");
  const optional = (field: "productId" | "orderId" | "customerId") => {
    const value = pick(row, field);
    return value ? { [field]: value } : {};
  };
  const candidate = {
    id: pick(row, "id") ?? derivedId(row, index, text, options.source ?? "", options.ids ?? "position"),
    text,
    category: pick(row, "category") ?? "",
    createdAt: created ? new Date(created).toISOString() : now,
    ...optional("productId"),
    ...optional("orderId"),
    ...optional("customerId"),
    ...(rating !== undefined ? { rating: Number(rating) } : {}),
  };
  const parsed = Review.safeParse(candidate);
  if (!parsed.success) {
    throw new KefuError("IMPORT_INVALID", `${where}: ${parsed.error.issues[0]?.message ?? "invalid review"}`);
  }
  return {
    review: parsed.data,
    ...(label === "1" ? { label: 1 } : label === "0" ? { label: 0 } : {}),
    ...(created ? {} : { undated: true }),
  };
}

/** Validates every row, keeping the good ones and a per-row error for each bad one. */
export function reviewsFromRows(
  rows: readonly ReviewRow[],
  now: string,
  options: { source?: string; ids?: ReviewIdStrategy } = {},
): { items: ImportedReview[]; errors: ReviewRowError[] } {
  const items: ImportedReview[] = [];
  const errors: ReviewRowError[] = [];
  rows.forEach((row, i) => {
    try {
      items.push(reviewFromRow(row, i, now, `row ${i + 1}`, options));
    } catch (error) {
      if (!KefuError.isInstance(error)) throw error;
      errors.push({ row: i + 1, message: error.message.replace(/^row \d+: /, "") });
    }
  });
  return { items, errors };
}

/** Rows of a CSV text with a header row; IMPORT_INVALID when the CSV itself is malformed. */
export function reviewRowsFromCsv(text: string, what = "CSV"): ReviewRow[] {
  let records: unknown;
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new KefuError("IMPORT_INVALID", `${what} is not valid CSV: ${message}`, { cause });
  }
  return z.array(ReviewRow).parse(records);
}
