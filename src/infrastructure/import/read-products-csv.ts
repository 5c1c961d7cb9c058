import { emptyShopDocument } from "../../application/use-cases/shop-data/shop-document.js";
import type { Product } from "../../domain/shop/product.js";
import { parseBoolean, parsePrice, prefixedCells, RowErrors, readCsvRows } from "./csv-rows.js";
import type { ImportSource } from "./import-source.js";

/** Columns of the products CSV (one row per variant); `option:NAME` and `attr:NAME` columns add more. */
export const PRODUCT_CSV_COLUMNS = [
  "product_id",
  "name",
  "name_zh",
  "category",
  "description",
  "variant_id",
  "sku",
  "price",
  "available",
] as const;

const REQUIRED = ["product_id", "name", "variant_id", "price"] as const;

/** Reads a products CSV: rows sharing a product_id become one product with one variant per row. */
export function readProductsCsv(text: string): ImportSource {
  const { header, rows, errors: parseErrors } = readCsvRows(text);
  const errors = new RowErrors();
  errors.list.push(...parseErrors);
  for (const column of REQUIRED) {
    if (rows.length > 0 && !header.includes(column)) errors.add(1, column, "required column is missing");
  }
  const doc = emptyShopDocument();
  const lines = new Map<string, number>();
  if (errors.list.length > 0) return { format: "csv-products", doc, errors: errors.list };
  const products = new Map<string, { product: Product; line: number; index: number }>();
  for (const { line, cells } of rows) {
    const get = (column: string) => cells[column] ?? "";
    const productId = get("product_id");
    let bad = false;
    for (const column of REQUIRED) {
      if (get(column) === "") {
        errors.add(line, column, "is empty", productId || undefined);
        bad = true;
      }
    }
    const priceCents = parsePrice(get("price"));
    if (get("price") !== "" && priceCents === undefined) {
      errors.add(line, "price", `"${get("price")}" is not an amount like 12.99`, productId);
      bad = true;
    }
    const available = parseBoolean(get("available"), true);
    if (available === undefined) {
      errors.add(line, "available", `"${get("available")}" is not true/false`, productId);
      bad = true;
    }
    if (bad || priceCents === undefined || available === undefined) continue;
    let entry = products.get(productId);
    if (!entry) {
      entry = {
        line,
        index: products.size,
        product: {
          id: productId,
          name: get("name"),
          ...(get("name_zh") ? { nameZh: get("name_zh") } : {}),
          category: get("category"),
          description: get("description"),
          attributes: prefixedCells(cells, "attr"),
          variants: [],
        },
      };
      products.set(productId, entry);
      lines.set(`products[${products.size - 1}]`, line);
    } else if (entry.product.name !== get("name")) {
      errors.add(line, "name", `differs from line ${entry.line} for product ${productId}`, productId);
      continue;
    }
    lines.set(`products[${entry.index}].variants[${entry.product.variants.length}]`, line);
    entry.product.variants.push({
      id: get("variant_id"),
      productId,
      options: prefixedCells(cells, "option"),
      available,
      priceCents,
      ...(get("sku") ? { sku: get("sku") } : {}),
    });
  }
  doc.products = [...products.values()].map((e) => e.product);
  return { format: "csv-products", doc, errors: errors.list, lines };
}
