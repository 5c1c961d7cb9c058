import { z } from "zod";
import { Review } from "../../../domain/insights/review.js";
import { KbArticle } from "../../../domain/kb/kb-article.js";
import { Customer } from "../../../domain/shop/customer.js";
import { Order } from "../../../domain/shop/order.js";
import { Product } from "../../../domain/shop/product.js";

/** Marker and version of Kefu's own shop file format (docs/import-format.md). */
export const SHOP_DOCUMENT_FORMAT = "kefu-shop";
export const SHOP_DOCUMENT_VERSION = 1;

/** A whole shop in one JSON document: what `kefu export` writes and `kefu import` reads. */
export const ShopDocument = z.object({
  format: z.literal(SHOP_DOCUMENT_FORMAT),
  version: z.literal(SHOP_DOCUMENT_VERSION),
  /** When the export was made; informational only. */
  exportedAt: z.string().datetime().optional(),
  customers: z.array(Customer).default([]),
  products: z.array(Product).default([]),
  orders: z.array(Order).default([]),
  kbArticles: z.array(KbArticle).default([]),
  reviews: z.array(Review).default([]),
});
export type ShopDocument = z.infer<typeof ShopDocument>;

/** What callers may hand to importShop: defaults may be left out, records are checked one by one. */
export type ShopDocumentInput = z.input<typeof ShopDocument>;

/** The document's envelope, checked before the records so one bad row never hides the others. */
export const ShopDocumentEnvelope = z.object({
  format: z.literal(SHOP_DOCUMENT_FORMAT, { error: `format must be "${SHOP_DOCUMENT_FORMAT}"` }),
  version: z.literal(SHOP_DOCUMENT_VERSION, { error: `only version ${SHOP_DOCUMENT_VERSION} is supported` }),
  exportedAt: z.string().datetime().optional(),
  customers: z.array(z.unknown()).default([]),
  products: z.array(z.unknown()).default([]),
  orders: z.array(z.unknown()).default([]),
  kbArticles: z.array(z.unknown()).default([]),
  reviews: z.array(z.unknown()).default([]),
});

/** The record lists of a shop document, in import order (customers before the orders that name them). */
export const SHOP_SECTIONS = ["customers", "products", "orders", "kbArticles", "reviews"] as const;
export type ShopSection = (typeof SHOP_SECTIONS)[number];

/** An empty document, for readers that fill only some sections. */
export function emptyShopDocument(): ShopDocument {
  return {
    format: SHOP_DOCUMENT_FORMAT,
    version: SHOP_DOCUMENT_VERSION,
    customers: [],
    products: [],
    orders: [],
    kbArticles: [],
    reviews: [],
  };
}
