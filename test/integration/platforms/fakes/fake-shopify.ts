import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type FakeEditLine, type FakeOrderEditing, fakeOrderEditing } from "./fake-shopify-order-edit.js";

/**
 * A local stand-in for Shopify's GraphQL Admin API (POST /admin/api/<version>/graphql.json), shaped after the
 * public reference: X-Shopify-Access-Token auth, cursor connections with pageInfo, 429 with Retry-After,
 * userErrors on mutations. It recognises Kefu's operations by their names.
 */
export interface FakeShopify {
  origin: string;
  token: string;
  orders: Record<string, unknown>[];
  refundCalls: { input: Record<string, unknown> }[];
  cancelCalls: string[];
  throttled: number;
  refuseRefundsFor: Set<string>;
  /** The next this many requests are answered 429 with Retry-After: `retryAfterSec`. */
  throttleNext: number;
  retryAfterSec: number;
  /** The next request of this operation (e.g. "mutation ReturnProcess") is answered 429 once. */
  throttleOperation: string | undefined;
  /** orderUpdate inputs received. */
  addressCalls: Record<string, unknown>[];
  /** Refunds by @idempotent key: a repeated key returns the first refund. */
  idempotency: Map<string, string>;
  /** returnCreate inputs received (Returns API). */
  returnCalls: Record<string, unknown>[];
  /** returnProcess inputs received. */
  processCalls: Record<string, unknown>[];
  /** Ids of returns cancelled through returnCancel. */
  cancelledReturns: string[];
  /** Order editing: the mutations received and the orders whose edits are refused. */
  edits: FakeOrderEditing;
  /** Order GIDs for which returnCreate refuses exchange line items (userErrors). */
  refuseExchangesFor: Set<string>;
  close(): Promise<void>;
}

interface FakeReturn {
  id: string;
  status: "OPEN" | "CLOSED" | "CANCELED";
  returnLineItems: { nodes: { id: string; quantity: number; fulfillmentLineItem: { lineItem: { id: string } } }[] };
  exchangeLineItems: { nodes: { id: string; quantity: number; variantId: string }[] };
}

const money = (amount: string) => ({ shopMoney: { amount } });

interface FakeRefund {
  id: string;
  note: string;
  return: { id: string } | null;
  refundLineItems: { nodes: { quantity: number; lineItem: { id: string } }[] };
}

/** Like Shopify, a refund of units lowers their line's currentQuantity and lists them on the refund. */
function refundUnits(
  lines: FakeEditLine[],
  taken: readonly { lineItemId: string; quantity: number }[],
): FakeRefund["refundLineItems"] {
  for (const t of taken) {
    const line = lines.find((l) => l.id === t.lineItemId);
    if (line) line.currentQuantity = Math.max(0, (line.currentQuantity ?? line.quantity) - t.quantity);
  }
  return { nodes: taken.map((t) => ({ quantity: t.quantity, lineItem: { id: t.lineItemId } })) };
}
const address = {
  address1: "88 Pine Road",
  address2: "",
  city: "Oakland",
  provinceCode: "CA",
  zip: "94610",
  countryCodeV2: "US",
};

export async function startFakeShopify(
  options: { orders?: number; throttleOnce?: boolean } = {},
): Promise<FakeShopify> {
  const token = "shpat_test_token";
  const customers = [1, 2].map((n) => ({
    id: `gid://shopify/Customer/${n}`,
    firstName: n === 1 ? "Ann" : "Bea",
    lastName: "Lee",
    email: `ann${n}@example.com`,
    phone: null,
    createdAt: "2026-01-01T00:00:00Z",
    defaultAddress: address,
  }));
  const products = [
    {
      id: "gid://shopify/Product/10",
      title: "Wool Beanie",
      productType: "Hats",
      description: "Warm",
      variants: {
        nodes: [
          {
            id: "gid://shopify/ProductVariant/11",
            price: "25.00",
            sku: "WB-R",
            availableForSale: true,
            selectedOptions: [{ name: "Color", value: "Red" }],
          },
          {
            id: "gid://shopify/ProductVariant/12",
            price: "25.00",
            sku: "WB-B",
            availableForSale: false,
            selectedOptions: [{ name: "Color", value: "Blue" }],
          },
          {
            id: "gid://shopify/ProductVariant/13",
            price: "25.00",
            sku: "WB-G",
            availableForSale: true,
            selectedOptions: [{ name: "Color", value: "Green" }],
          },
        ],
      },
    },
  ];
  const orders = Array.from({ length: options.orders ?? 75 }, (_, i) => ({
    id: `gid://shopify/Order/${500 + i}`,
    name: `#${1001 + i}`,
    createdAt: "2026-11-20T10:00:00Z",
    updatedAt: "2026-11-21T10:00:00Z",
    cancelledAt: null as string | null,
    currencyCode: "USD",
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: i % 2 === 0 ? "FULFILLED" : "UNFULFILLED",
    customer: { id: `gid://shopify/Customer/${(i % 2) + 1}` },
    shippingAddress: address,
    lineItems: {
      nodes: [
        <FakeEditLine>{
          id: `gid://shopify/LineItem/${9000 + i}`,
          name: "Wool Beanie - Red",
          quantity: 2,
          variantTitle: "Red",
          variant: { id: "gid://shopify/ProductVariant/11" },
          product: { id: "gid://shopify/Product/10" },
          originalUnitPriceSet: money("25.00"),
        },
      ],
    },
    fulfillments:
      i % 2 === 0
        ? [
            {
              status: "SUCCESS",
              deliveredAt: i % 4 === 0 ? "2026-11-24T10:00:00Z" : null,
              trackingInfo: [{ number: `TRK${i}`, company: "USPS" }],
              fulfillmentLineItems: {
                nodes: [
                  {
                    id: `gid://shopify/FulfillmentLineItem/${8000 + i}`,
                    quantity: 2,
                    lineItem: { id: `gid://shopify/LineItem/${9000 + i}` },
                  },
                ],
              },
            },
          ]
        : [],
    transactions: [
      {
        id: `gid://shopify/OrderTransaction/${7000 + i}`,
        kind: "SALE",
        status: "SUCCESS",
        gateway: "shopify_payments",
        amountSet: money("50.00"),
      },
    ],
    refunds: [] as FakeRefund[],
    returns: { nodes: [] as FakeReturn[] },
  }));
  const state: FakeShopify = {
    origin: "",
    token,
    orders,
    refundCalls: [],
    cancelCalls: [],
    throttled: 0,
    refuseRefundsFor: new Set(),
    throttleNext: 0,
    retryAfterSec: 1,
    throttleOperation: undefined,
    addressCalls: [],
    idempotency: new Map(),
    returnCalls: [],
    processCalls: [],
    cancelledReturns: [],
    edits: fakeOrderEditing(
      orders,
      products.flatMap((p) =>
        p.variants.nodes.map((v) => ({
          id: v.id,
          title: v.selectedOptions[0]?.value ?? "",
          price: v.price,
          productId: p.id,
          available: v.availableForSale,
        })),
      ),
    ),
    refuseExchangesFor: new Set(),
    close: async () => undefined,
  };
  let throttle = options.throttleOnce ?? false;
  let refundSeq = 0;
  let returnSeq = 0;
  const userErrors = (key: string, message: string) => ({
    data: { [key]: { return: null, userErrors: [{ field: null, message }] } },
  });
  const orderOfReturn = (id: unknown) => orders.find((o) => o.returns.nodes.some((r) => r.id === id));

  const connection = <T>(all: T[], cursor: string | null | undefined, size = 50) => {
    const start = cursor ? Number(Buffer.from(cursor, "base64").toString("utf8")) : 0;
    const nodes = all.slice(start, start + size);
    const end = start + nodes.length;
    return {
      pageInfo: {
        hasNextPage: end < all.length,
        endCursor: nodes.length ? Buffer.from(String(end)).toString("base64") : null,
      },
      nodes,
    };
  };

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      if (!/^\/admin\/api\/[\d-]+\/graphql\.json$/.test(req.url ?? "")) return send(404, { errors: "Not Found" });
      if (req.headers["x-shopify-access-token"] !== token)
        return send(401, { errors: "[API] Invalid API key or access token" });
      if (throttle || state.throttleNext > 0) {
        if (throttle) throttle = false;
        else state.throttleNext -= 1;
        state.throttled += 1;
        return send(429, { errors: "Throttled" }, { "retry-after": String(state.retryAfterSec) });
      }
      const { query, variables } = JSON.parse(raw) as { query: string; variables: Record<string, unknown> };
      if (state.throttleOperation && query.includes(state.throttleOperation)) {
        state.throttleOperation = undefined;
        state.throttled += 1;
        return send(429, { errors: "Throttled" }, { "retry-after": String(state.retryAfterSec) });
      }
      const v = variables ?? {};
      if (query.includes("query Customers"))
        return send(200, { data: { customers: connection(customers, v.cursor as string) } });
      if (query.includes("query Products"))
        return send(200, { data: { products: connection(products, v.cursor as string) } });
      if (query.includes("query Orders"))
        return send(200, { data: { orders: connection(orders, v.cursor as string) } });
      if (query.includes("query Order("))
        return send(200, { data: { order: orders.find((o) => o.id === v.id) ?? null } });
      if (query.includes("mutation OrderCancel")) {
        const order = orders.find((o) => o.id === v.orderId);
        state.cancelCalls.push(String(v.orderId));
        if (!order)
          return send(200, {
            data: {
              orderCancel: {
                job: null,
                orderCancelUserErrors: [{ field: ["orderId"], message: "Order does not exist", code: "NOT_FOUND" }],
              },
            },
          });
        order.cancelledAt = "2026-12-04T10:00:00Z";
        order.updatedAt = "2026-12-04T10:00:00Z";
        return send(200, { data: { orderCancel: { job: { id: "gid://shopify/Job/1" }, orderCancelUserErrors: [] } } });
      }
      if (query.includes("mutation OrderUpdate")) {
        const input = v.input as { id: string; shippingAddress: Record<string, string> };
        state.addressCalls.push(input);
        const order = orders.find((o) => o.id === input.id);
        if (!order)
          return send(200, {
            data: { orderUpdate: { order: null, userErrors: [{ message: "Order does not exist" }] } },
          });
        const a = input.shippingAddress;
        order.shippingAddress = { ...address, ...a, countryCodeV2: a.countryCode ?? address.countryCodeV2 };
        order.updatedAt = "2026-12-04T10:00:00Z";
        return send(200, { data: { orderUpdate: { order: { id: order.id }, userErrors: [] } } });
      }
      if (query.includes("mutation RefundCreate")) {
        const input = v.input as Record<string, unknown>;
        state.refundCalls.push({ input });
        // Like API 2026-04: refundCreate without the @idempotent directive is an error.
        if (!/@idempotent\(key: \$idempotencyKey\)/.test(query) || typeof v.idempotencyKey !== "string")
          return send(200, { errors: [{ message: "The @idempotent directive is required for this mutation" }] });
        const seen = state.idempotency.get(v.idempotencyKey);
        if (seen) return send(200, { data: { refundCreate: { refund: { id: seen }, userErrors: [] } } });
        const order = orders.find((o) => o.id === input.orderId);
        if (!order || state.refuseRefundsFor.has(String(input.orderId))) {
          return send(200, {
            data: {
              refundCreate: {
                refund: null,
                userErrors: [{ field: ["transactions"], message: "Refund amount exceeds the refundable amount" }],
              },
            },
          });
        }
        const taken = ((input.refundLineItems ?? []) as { lineItemId: string; quantity: number }[]).map((l) => ({
          lineItemId: l.lineItemId,
          quantity: l.quantity,
        }));
        const refund: FakeRefund = {
          id: `gid://shopify/Refund/${++refundSeq}`,
          note: String(input.note ?? ""),
          return: null,
          refundLineItems: refundUnits(order.lineItems.nodes as FakeEditLine[], taken),
        };
        order.refunds.push(refund);
        state.idempotency.set(v.idempotencyKey, refund.id);
        order.displayFinancialStatus = "PARTIALLY_REFUNDED";
        order.updatedAt = "2026-12-04T11:00:00Z";
        return send(200, { data: { refundCreate: { refund: { id: refund.id }, userErrors: [] } } });
      }
      if (query.includes("mutation ReturnCreate")) {
        const input = v.returnInput as {
          orderId: string;
          returnLineItems: { fulfillmentLineItemId: string; quantity: number }[];
          exchangeLineItems?: { variantId: string; quantity: number }[];
        };
        state.returnCalls.push(input);
        const order = orders.find((o) => o.id === input.orderId);
        const shipped = new Map(order?.fulfillments.flatMap((f) => f.fulfillmentLineItems.nodes).map((f) => [f.id, f]));
        const lines = input.returnLineItems.map((l) => ({ line: l, shipped: shipped.get(l.fulfillmentLineItemId) }));
        if (!order || lines.some(({ line, shipped }) => !shipped || line.quantity > shipped.quantity))
          return send(200, userErrors("returnCreate", "Return line items must be fulfilled and returnable"));
        const exchange = input.exchangeLineItems ?? [];
        if (exchange.length > 0 && state.refuseExchangesFor.has(order.id))
          return send(200, userErrors("returnCreate", "Exchange variant is not available for sale"));
        const ret: FakeReturn = {
          id: `gid://shopify/Return/${++returnSeq}`,
          status: "OPEN",
          returnLineItems: {
            nodes: lines.map(({ line, shipped }, n) => ({
              id: `gid://shopify/ReturnLineItem/${returnSeq * 100 + n}`,
              quantity: line.quantity,
              fulfillmentLineItem: { lineItem: { id: shipped?.lineItem.id ?? "" } },
            })),
          },
          exchangeLineItems: {
            nodes: exchange.map((l, n) => ({
              id: `gid://shopify/ExchangeLineItem/${returnSeq * 100 + n}`,
              quantity: l.quantity,
              variantId: l.variantId,
            })),
          },
        };
        order.returns.nodes.push(ret);
        return send(200, { data: { returnCreate: { return: ret, userErrors: [] } } });
      }
      if (query.includes("mutation ReturnProcess")) {
        const input = v.input as { returnId: string; note?: string };
        state.processCalls.push(input);
        const order = orderOfReturn(input.returnId);
        const ret = order?.returns.nodes.find((r) => r.id === input.returnId);
        if (!order || !ret || ret.status !== "OPEN")
          return send(200, userErrors("returnProcess", "Return is not open"));
        if (!("financialTransfer" in input)) {
          // An exchange processed without money: the return closes, no refund is made.
          ret.status = "CLOSED";
          order.updatedAt = "2026-12-04T11:00:00Z";
          return send(200, {
            data: {
              returnProcess: { return: { id: ret.id, status: ret.status, refunds: { nodes: [] } }, userErrors: [] },
            },
          });
        }
        if (state.refuseRefundsFor.has(order.id))
          return send(200, userErrors("returnProcess", "Refund amount exceeds the refundable amount"));
        const refund: FakeRefund = {
          id: `gid://shopify/Refund/${++refundSeq}`,
          note: String(input.note ?? ""),
          return: { id: ret.id },
          refundLineItems: refundUnits(
            order.lineItems.nodes as FakeEditLine[],
            ret.returnLineItems.nodes.map((r) => ({
              lineItemId: r.fulfillmentLineItem.lineItem.id,
              quantity: r.quantity,
            })),
          ),
        };
        order.refunds.push(refund);
        ret.status = "CLOSED";
        order.displayFinancialStatus = "PARTIALLY_REFUNDED";
        order.updatedAt = "2026-12-04T11:00:00Z";
        return send(200, {
          data: {
            returnProcess: {
              return: { id: ret.id, status: ret.status, refunds: { nodes: [{ id: refund.id }] } },
              userErrors: [],
            },
          },
        });
      }
      if (query.includes("mutation ReturnCancel")) {
        const ret = orderOfReturn(v.id)?.returns.nodes.find((r) => r.id === v.id);
        if (ret?.status !== "OPEN") return send(200, userErrors("returnCancel", "Return cannot be cancelled"));
        ret.status = "CANCELED";
        state.cancelledReturns.push(ret.id);
        return send(200, { data: { returnCancel: { return: { id: ret.id, status: ret.status }, userErrors: [] } } });
      }
      const edited = state.edits.handle(query, v);
      if (edited) return send(200, edited);
      return send(200, { errors: [{ message: "Unknown operation" }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
