import { emptyShopDocument } from "../../application/use-cases/shop-data/shop-document.js";
import { type Order, OrderStatus } from "../../domain/shop/order.js";
import { type CsvRow, parseDateTime, parsePrice, prefixedCells, RowErrors, readCsvRows } from "./csv-rows.js";
import type { ImportSource } from "./import-source.js";

/** Columns of the orders CSV (one row per order item); `option:NAME` columns give the item's options. */
export const ORDER_CSV_COLUMNS = [
  "order_id",
  "customer_id",
  "status",
  "currency",
  "placed_at",
  "delivered_at",
  "address_line1",
  "address_line2",
  "city",
  "state",
  "zip",
  "country",
  "product_id",
  "variant_id",
  "item_name",
  "price",
  "tracking_id",
  "carrier",
  "payment_method_id",
  "cancel_reason",
] as const;

const REQUIRED = [
  "order_id",
  "customer_id",
  "status",
  "address_line1",
  "city",
  "country",
  "product_id",
  "variant_id",
  "item_name",
  "price",
] as const;

/** Columns that key or describe one item; all the others describe the order. */
const ITEM_LEVEL: ReadonlySet<string> = new Set([
  "order_id",
  "product_id",
  "variant_id",
  "item_name",
  "price",
  "tracking_id",
  "carrier",
]);

/** Order-level columns: every row of one order must agree on them. */
const ORDER_LEVEL = ORDER_CSV_COLUMNS.filter((column) => !ITEM_LEVEL.has(column));

/** Kefu status names, or τ²'s spelled-out ones ("return requested"). */
function parseStatus(value: string): Order["status"] | undefined {
  const parsed = OrderStatus.safeParse(
    value
      .trim()
      .toLowerCase()
      .replace(/[ ()-]+/g, "_")
      .replace(/_$/, ""),
  );
  if (parsed.success) return parsed.data;
  return value.trim().toLowerCase() === "pending (item modified)" ? "pending_items_modified" : undefined;
}

function buildOrder(first: CsvRow, rows: CsvRow[], errors: RowErrors, lines: Map<string, number>, index: number) {
  const get = (row: CsvRow, column: string) => row.cells[column] ?? "";
  const id = get(first, "order_id");
  let bad = false;
  const fail = (line: number, column: string, message: string) => {
    errors.add(line, column, message, id);
    bad = true;
  };
  const status = parseStatus(get(first, "status"));
  if (!status) fail(first.line, "status", `"${get(first, "status")}" is not one of ${OrderStatus.options.join(", ")}`);
  const placedAt = parseDateTime(get(first, "placed_at"));
  if (get(first, "placed_at") && !placedAt) fail(first.line, "placed_at", "is not a date like 2026-11-01T10:00:00Z");
  const deliveredAt = parseDateTime(get(first, "delivered_at"));
  if (get(first, "delivered_at") && !deliveredAt) fail(first.line, "delivered_at", "is not a date");
  const items: Order["items"] = [];
  const shipments = new Map<string, { carrier: string; variantIds: string[] }>();
  for (const row of rows) {
    for (const column of ORDER_LEVEL) {
      if (get(row, column) !== get(first, column))
        fail(row.line, column, `differs from line ${first.line} of order ${id}`);
    }
    for (const column of REQUIRED) if (get(row, column) === "") fail(row.line, column, "is empty");
    const priceCents = parsePrice(get(row, "price"));
    if (get(row, "price") !== "" && priceCents === undefined) {
      fail(row.line, "price", `"${get(row, "price")}" is not an amount like 12.99`);
    }
    lines.set(`orders[${index}].items[${items.length}]`, row.line);
    const variantId = get(row, "variant_id");
    items.push({
      productId: get(row, "product_id"),
      variantId,
      name: get(row, "item_name"),
      options: prefixedCells(row.cells, "option"),
      priceCents: priceCents ?? 0,
    });
    const tracking = get(row, "tracking_id");
    if (tracking) {
      const shipment = shipments.get(tracking) ?? { carrier: get(row, "carrier"), variantIds: [] };
      shipment.variantIds.push(variantId);
      shipments.set(tracking, shipment);
    }
  }
  if (bad || !status) return undefined;
  const total = items.reduce((sum, i) => sum + i.priceCents, 0);
  const methodId = get(first, "payment_method_id");
  const order: Order = {
    id,
    customerId: get(first, "customer_id"),
    status,
    currency: get(first, "currency") || "USD",
    address: {
      line1: get(first, "address_line1"),
      line2: get(first, "address_line2"),
      city: get(first, "city"),
      state: get(first, "state"),
      zip: get(first, "zip"),
      country: get(first, "country"),
    },
    items,
    fulfillments: [...shipments].map(([trackingId, s]) => ({
      trackingIds: [trackingId],
      variantIds: s.variantIds,
      ...(s.carrier ? { carrier: s.carrier } : {}),
      events: [],
    })),
    payments: methodId
      ? [{ type: "payment", amountCents: total, paymentMethodId: methodId, ...(placedAt ? { at: placedAt } : {}) }]
      : [],
    ...(placedAt ? { placedAt } : {}),
    ...(deliveredAt ? { deliveredAt } : {}),
    ...(get(first, "cancel_reason") ? { cancelReason: get(first, "cancel_reason") } : {}),
    itemsChangedOnce: false,
    version: 0,
  };
  return order;
}

/** Reads an orders CSV: rows sharing an order_id become one order, one item per row. */
export function readOrdersCsv(text: string): ImportSource {
  const { header, rows, errors: parseErrors } = readCsvRows(text);
  const errors = new RowErrors();
  errors.list.push(...parseErrors);
  for (const column of REQUIRED) {
    if (rows.length > 0 && !header.includes(column)) errors.add(1, column, "required column is missing");
  }
  const doc = emptyShopDocument();
  if (errors.list.length > 0) return { format: "csv-orders", doc, errors: errors.list };
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const id = row.cells.order_id ?? "";
    if (id === "") {
      errors.add(row.line, "order_id", "is empty");
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  const lines = new Map<string, number>();
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    const order = buildOrder(first, group, errors, lines, doc.orders.length);
    if (!order) continue;
    lines.set(`orders[${doc.orders.length}]`, first.line);
    doc.orders.push(order);
  }
  return { format: "csv-orders", doc, errors: errors.list, lines };
}
