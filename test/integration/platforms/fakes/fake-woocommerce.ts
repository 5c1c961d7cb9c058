import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for a WooCommerce store's REST API v3, shaped after the public reference:
 * Basic auth, page/per_page with X-WP-Total/X-WP-TotalPages, 429 with Retry-After, {code, message, data} errors.
 */
export interface FakeWoo {
  url: string;
  key: string;
  secret: string;
  orders: Record<string, unknown>[];
  refunds: Map<number, { id: number; reason: string; amount: string; api_refund: boolean; line_items: unknown[] }[]>;
  /** Order updates received (PUT /orders/{id} bodies). */
  updates: { orderId: number; body: Record<string, unknown> }[];
  /** Orders created (POST /orders bodies), e.g. exchange replacements. */
  created: Record<string, unknown>[];
  /** Order ids whose line-item edits the store refuses (400). */
  refuseEditsFor: Set<number>;
  /** When set, POST /orders is refused (400) with this message. */
  refuseCreate: string | undefined;
  /** Requests answered 429 so far. */
  throttled: number;
  /** Order ids whose refunds the store refuses. */
  refuseRefundsFor: Set<number>;
  /** The next this many requests are answered 429 with Retry-After: `retryAfterSec`. */
  throttleNext: number;
  retryAfterSec: number;
  close(): Promise<void>;
}

/** Shoppers' names: real-looking, so the bot's identity step can read them. */
const NAMES = ["", "Sara Doe", "Tom Park", "Mia Chen"];
const first = (n: number) => (NAMES[n] ?? "Ann Lee").split(" ")[0] ?? "";
const last = (n: number) => (NAMES[n] ?? "Ann Lee").split(" ")[1] ?? "";

const address = (n: number) => ({
  first_name: first(n),
  last_name: last(n),
  address_1: `${n} Pine Road`,
  address_2: "",
  city: "Oakland",
  state: "CA",
  postcode: "94610",
  country: "US",
  email: `shopper${n}@example.com`,
  phone: `+1 555 010 ${String(1000 + n)}`,
});

/** A line of a PUT /orders/{id} body: an existing line by id (quantity 0 removes it), or a new product line. */
interface LineItemUpdate {
  id?: number;
  product_id?: number;
  variation_id?: number;
  quantity: number;
  subtotal?: string;
  total?: string;
}

interface FakeWooLine {
  id: number;
  name: string;
  product_id: number;
  variation_id: number;
  quantity: number;
  total: string;
  meta_data: { key: string; value: unknown }[];
}

type FakeWooOrder = {
  id: number;
  number: string;
  parent_id: number;
  status: string;
  currency: string;
  customer_id: number;
  total: string;
  payment_method: string;
  date_created_gmt: string;
  date_modified_gmt: string;
  date_completed_gmt: string | null;
  billing: Record<string, string>;
  shipping: Record<string, string>;
  line_items: FakeWooLine[];
  refunds: { id: number; total: string }[];
  meta_data: { key: string; value: unknown }[];
};

let lineSeq = 80000;
const lineName = (l: LineItemUpdate) =>
  l.product_id === 20 ? `Trail Shoe - ${l.variation_id === 23 ? "44" : "42"}` : "Linen Shirt";

/** Like WooCommerce: a line set to quantity 0 is removed, a line without id is added, the total is recomputed. */
function applyLineItems(order: FakeWooOrder, updates: LineItemUpdate[]): void {
  for (const u of updates) {
    const line = u.id ? order.line_items.find((l) => l.id === u.id) : undefined;
    if (line && u.quantity === 0) order.line_items = order.line_items.filter((l) => l !== line);
    else if (line) Object.assign(line, { quantity: u.quantity, total: u.total ?? line.total });
    else if (!u.id) {
      order.line_items.push({
        id: ++lineSeq,
        name: lineName(u),
        product_id: u.product_id ?? 0,
        variation_id: u.variation_id ?? 0,
        quantity: u.quantity,
        total: u.total ?? "0.00",
        meta_data: [],
      });
    }
  }
  order.total = order.line_items.reduce((sum, l) => sum + Number(l.total), 0).toFixed(2);
}

let orderSeq = 2000;

/** An order made through POST /orders (a replacement for an exchange). */
function createdOrder(body: Record<string, unknown>): FakeWooOrder {
  const id = ++orderSeq;
  const created: FakeWooOrder = {
    id,
    number: String(id + 4000),
    parent_id: Number(body.parent_id ?? 0),
    status: String(body.status ?? "pending"),
    currency: "USD",
    customer_id: Number(body.customer_id ?? 0),
    total: "0.00",
    payment_method: String(body.payment_method ?? ""),
    date_created_gmt: "2026-12-04T12:00:00",
    date_modified_gmt: "2026-12-04T12:00:00",
    date_completed_gmt: null,
    billing: (body.billing as Record<string, string>) ?? {},
    shipping: (body.shipping as Record<string, string>) ?? {},
    line_items: [],
    refunds: [],
    meta_data: (body.meta_data as { key: string; value: unknown }[]) ?? [],
  };
  applyLineItems(created, (body.line_items as LineItemUpdate[]) ?? []);
  return created;
}

export async function startFakeWoo(
  options: { orders?: number; throttleFirstOrdersPage?: boolean } = {},
): Promise<FakeWoo> {
  const key = "ck_test_0123456789";
  const secret = "cs_test_abcdef";
  const customers = [1, 2, 3].map((n) => ({
    id: n,
    email: `shopper${n}@example.com`,
    first_name: first(n),
    last_name: last(n),
    username: `shopper${n}`,
    billing: address(n),
    shipping: address(n),
    date_created_gmt: `2026-01-0${n}T10:00:00`,
  }));
  const products = [
    {
      id: 10,
      name: "Linen Shirt",
      type: "simple",
      price: "39.00",
      sku: "LS-1",
      stock_status: "instock",
      description: "<p>Soft</p>",
      categories: [{ name: "Shirts" }],
      variations: [],
    },
    {
      id: 20,
      name: "Trail Shoe",
      type: "variable",
      price: "89.00",
      sku: "",
      stock_status: "instock",
      description: "",
      categories: [{ name: "Shoes" }],
      variations: [21, 22, 23],
    },
  ];
  const variations = [
    { id: 21, price: "89.00", sku: "TS-42", stock_status: "instock", attributes: [{ name: "Size", option: "42" }] },
    { id: 22, price: "89.00", sku: "TS-43", stock_status: "outofstock", attributes: [{ name: "Size", option: "43" }] },
    { id: 23, price: "89.00", sku: "TS-44", stock_status: "instock", attributes: [{ name: "Size", option: "44" }] },
  ];
  const orders: FakeWooOrder[] = Array.from({ length: options.orders ?? 120 }, (_, i) => ({
    id: 1000 + i,
    number: String(5000 + i),
    parent_id: 0,
    status: i % 3 === 0 ? "processing" : "completed",
    currency: "USD",
    customer_id: (i % 3) + 1,
    total: "167.00",
    payment_method: i % 2 === 0 ? "stripe" : "ppcp-gateway",
    date_created_gmt: "2026-11-20T10:00:00",
    date_modified_gmt: "2026-11-21T10:00:00",
    date_completed_gmt: i % 3 === 0 ? null : "2026-11-24T10:00:00",
    billing: address((i % 3) + 1),
    shipping: address((i % 3) + 1),
    line_items: [
      {
        id: 70000 + i * 10,
        name: "Linen Shirt",
        product_id: 10,
        variation_id: 0,
        quantity: 2,
        total: "78.00",
        meta_data: [],
      },
      {
        id: 70001 + i * 10,
        name: "Trail Shoe - 42",
        product_id: 20,
        variation_id: 21,
        quantity: 1,
        total: "89.00",
        meta_data: [{ key: "Size", value: "42" }],
      },
    ],
    refunds: [] as { id: number; total: string }[],
    meta_data:
      i === 0
        ? [{ key: "_wc_shipment_tracking_items", value: [{ tracking_provider: "UPS", tracking_number: "1Z999" }] }]
        : [],
  }));
  const state: FakeWoo = {
    url: "",
    key,
    secret,
    orders,
    refunds: new Map(),
    updates: [],
    created: [],
    refuseEditsFor: new Set(),
    refuseCreate: undefined,
    throttled: 0,
    refuseRefundsFor: new Set(),
    throttleNext: 0,
    retryAfterSec: 1,
    close: async () => undefined,
  };
  let throttle = options.throttleFirstOrdersPage ?? false;
  const expectedAuth = `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      const error = (status: number, code: string, message: string) =>
        send(status, { code, message, data: { status } });
      if (req.headers.authorization !== expectedAuth)
        return error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.");
      if (state.throttleNext > 0) {
        state.throttleNext -= 1;
        state.throttled += 1;
        return send(
          429,
          { code: "rate_limited", message: "Too many requests" },
          { "retry-after": String(state.retryAfterSec) },
        );
      }
      const path = url.pathname.replace(/^\/wp-json\/wc\/v3/, "");
      const paged = (all: unknown[]) => {
        const perPage = Number(url.searchParams.get("per_page") ?? "10");
        const page = Number(url.searchParams.get("page") ?? "1");
        const totalPages = Math.max(1, Math.ceil(all.length / perPage));
        send(200, all.slice((page - 1) * perPage, page * perPage), {
          "x-wp-total": String(all.length),
          "x-wp-totalpages": String(totalPages),
        });
      };
      if (req.method === "GET" && path === "/customers") return paged(customers);
      if (req.method === "GET" && path === "/products") return paged(products);
      if (req.method === "GET" && path === "/products/20/variations") return paged(variations);
      if (req.method === "GET" && path === "/orders") {
        if (throttle) {
          throttle = false;
          state.throttled += 1;
          return send(429, { code: "rate_limited", message: "Too many requests" }, { "retry-after": "1" });
        }
        const parent = url.searchParams.get("parent");
        return paged(parent ? orders.filter((o) => o.parent_id === Number(parent)) : orders);
      }
      if (req.method === "POST" && path === "/orders") {
        const body = JSON.parse(raw) as Record<string, unknown>;
        state.created.push(body);
        if (state.refuseCreate) return error(400, "woocommerce_rest_invalid_order", state.refuseCreate);
        const created = createdOrder(body);
        orders.push(created);
        return send(201, created);
      }
      const orderMatch = /^\/orders\/(\d+)(\/refunds)?$/.exec(path);
      const order = orderMatch ? orders.find((o) => o.id === Number(orderMatch[1])) : undefined;
      if (orderMatch && !order) return error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");
      if (order && !orderMatch?.[2]) {
        if (req.method === "GET") return send(200, order);
        if (req.method === "PUT") {
          const body = JSON.parse(raw) as {
            status?: string;
            shipping?: Record<string, string>;
            line_items?: LineItemUpdate[];
            meta_data?: { key: string; value: unknown }[];
          };
          state.updates.push({ orderId: order.id, body });
          if (body.line_items && state.refuseEditsFor.has(order.id))
            return error(
              400,
              "woocommerce_rest_invalid_order_item",
              "Order items cannot be changed: stock is reserved",
            );
          if (body.status) order.status = body.status;
          if (body.shipping) order.shipping = { ...order.shipping, ...body.shipping };
          if (body.line_items) applyLineItems(order, body.line_items);
          if (body.meta_data) order.meta_data = [...order.meta_data, ...body.meta_data];
          order.date_modified_gmt = "2026-12-04T10:00:00";
          return send(200, order);
        }
      }
      if (order && orderMatch?.[2]) {
        const list = state.refunds.get(order.id) ?? [];
        if (req.method === "GET") return send(200, list);
        if (req.method === "POST") {
          if (state.refuseRefundsFor.has(order.id)) {
            return error(
              400,
              "woocommerce_rest_cannot_create_order_refund",
              "Refund amount must be greater than zero.",
            );
          }
          const body = JSON.parse(raw) as {
            amount: string;
            reason: string;
            api_refund?: boolean;
            line_items: unknown[];
          };
          const refund = {
            id: 9000 + list.length + order.id,
            reason: body.reason,
            amount: body.amount,
            api_refund: body.api_refund ?? true,
            line_items: body.line_items,
          };
          state.refunds.set(order.id, [...list, refund]);
          order.refunds.push({ id: refund.id, total: `-${body.amount}` });
          return send(201, refund);
        }
      }
      return error(404, "rest_no_route", "No route was found matching the URL and request method.");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
