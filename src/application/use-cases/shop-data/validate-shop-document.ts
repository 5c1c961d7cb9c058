import type { z } from "zod";
import { Review } from "../../../domain/insights/review.js";
import { KbArticle } from "../../../domain/kb/kb-article.js";
import { Customer } from "../../../domain/shop/customer.js";
import { Order } from "../../../domain/shop/order.js";
import { Product } from "../../../domain/shop/product.js";
import type { ImportRowError } from "./import-report.js";
import { emptyShopDocument, type ShopDocument, ShopDocumentEnvelope, type ShopSection } from "./shop-document.js";

/** `orders[12].items[0].priceCents`: array indexes in brackets, odd keys quoted. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(root)";
}

function recordId(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || !("id" in raw)) return undefined;
  return typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
}

function issuesToErrors(prefix: string, id: string | undefined, issues: readonly z.core.$ZodIssue[]) {
  return issues.map(
    (issue): ImportRowError => ({
      path: formatPath(prefix, issue.path),
      ...(id ? { id } : {}),
      message: issue.message,
    }),
  );
}

/**
 * Checks the envelope, then every record on its own, so the report lists all bad rows at once.
 * Also rejects ids repeated inside one section and variant ids repeated across products.
 */
export function validateShopDocument(raw: unknown): { doc: ShopDocument; errors: ImportRowError[] } {
  const envelope = ShopDocumentEnvelope.safeParse(raw);
  if (!envelope.success)
    return { doc: emptyShopDocument(), errors: issuesToErrors("", undefined, envelope.error.issues) };
  const rows = envelope.data;
  const errors: ImportRowError[] = [];
  const doc: ShopDocument = {
    ...emptyShopDocument(),
    ...(rows.exportedAt ? { exportedAt: rows.exportedAt } : {}),
    customers: parseSection(Customer, rows.customers, "customers", errors),
    products: parseSection(Product, rows.products, "products", errors),
    orders: parseSection(Order, rows.orders, "orders", errors),
    kbArticles: parseSection(KbArticle, rows.kbArticles, "kbArticles", errors),
    reviews: parseSection(Review, rows.reviews, "reviews", errors),
  };
  errors.push(...checkVariants(doc));
  return { doc, errors };
}

/** Parses each row with `schema`, collecting issues and repeated ids instead of stopping at the first. */
function parseSection<T extends { id: string }>(
  schema: z.ZodType<T>,
  rows: readonly unknown[],
  section: ShopSection,
  errors: ImportRowError[],
): T[] {
  const seen = new Map<string, number>();
  const records: T[] = [];
  rows.forEach((row, index) => {
    const prefix = `${section}[${index}]`;
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      errors.push(...issuesToErrors(prefix, recordId(row), parsed.error.issues));
      return;
    }
    const { id } = parsed.data;
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({ path: `${prefix}.id`, id, message: `duplicate id, already used by ${section}[${first}]` });
      return;
    }
    seen.set(id, index);
    records.push(parsed.data);
  });
  return records;
}

function checkVariants(doc: ShopDocument): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const owner = new Map<string, string>();
  doc.products.forEach((product, p) => {
    product.variants.forEach((variant, v) => {
      const path = `products[${p}].variants[${v}]`;
      if (variant.productId !== product.id) {
        errors.push({ path: `${path}.productId`, id: product.id, message: `must equal the product id ${product.id}` });
      }
      const other = owner.get(variant.id);
      if (other !== undefined) {
        errors.push({ path: `${path}.id`, id: product.id, message: `variant ${variant.id} also in product ${other}` });
      }
      owner.set(variant.id, product.id);
    });
  });
  return errors;
}
