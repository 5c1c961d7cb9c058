import { csvHeader } from "./csv-rows.js";
import type { ImportFormat } from "./import-source.js";

/**
 * Guesses the format from the file name and its first bytes: `.csv` files by their header
 * (an order_id column means orders), JSON by its `format` marker or τ²'s users/products/orders maps.
 */
export function detectImportFormat(fileName: string, text: string): ImportFormat | undefined {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (/\.csv$/i.test(fileName) || (!head.startsWith("{") && head.includes(","))) {
    const header = csvHeader(text);
    if (header.includes("order_id")) return "csv-orders";
    if (header.includes("variant_id") || header.includes("product_id")) return "csv-products";
    return undefined;
  }
  if (!head.startsWith("{")) return undefined;
  if (/"format"\s*:\s*"kefu-shop"/.test(head.slice(0, 4096))) return "kefu";
  if (/"users"\s*:/.test(text) && /"orders"\s*:/.test(text) && /"products"\s*:/.test(text)) {
    return /"payment_methods"\s*:/.test(text) ? "tau2" : undefined;
  }
  return "kefu";
}
