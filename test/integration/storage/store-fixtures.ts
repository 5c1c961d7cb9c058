import type { JobRecord } from "../../../src/application/ports/insight-repositories.js";
import type { Conversation } from "../../../src/domain/conversation/conversation.js";
import type { Handoff } from "../../../src/domain/conversation/handoff.js";
import type { AfterSalesRequest } from "../../../src/domain/shop/after-sales-request.js";
import type { Customer } from "../../../src/domain/shop/customer.js";
import type { Order } from "../../../src/domain/shop/order.js";
import type { Product } from "../../../src/domain/shop/product.js";

/** Builds an ISO timestamp `minutes` after a fixed base, so ordering is explicit in tests. */
export const at = (minutes: number): string => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();

const address = (zip: string) => ({ line1: "1 Main St", line2: "", city: "Austin", state: "TX", zip, country: "US" });

export function customer(id: string, overrides: Partial<Customer> = {}): Customer {
  return {
    id,
    firstName: "Sara",
    lastName: "Doe",
    email: `${id}@example.com`,
    locale: "en",
    defaultAddress: address("78701"),
    addresses: [],
    paymentMethods: [],
    ...overrides,
  };
}

export function product(id: string, overrides: Partial<Product> = {}): Product {
  return {
    id,
    name: `Product ${id}`,
    category: "home",
    description: "",
    attributes: { material: "oak" },
    variants: [
      { id: `${id}-s`, productId: id, options: { size: "S" }, available: true, priceCents: 1000 },
      { id: `${id}-m`, productId: id, options: { size: "M" }, available: false, priceCents: 1200 },
    ],
    ...overrides,
  };
}

export function order(id: string, customerId: string, overrides: Partial<Order> = {}): Order {
  return {
    id,
    customerId,
    status: "pending",
    currency: "USD",
    address: address("78701"),
    items: [{ productId: "p1", variantId: "p1-s", name: "Chair", options: { size: "S" }, priceCents: 1000 }],
    fulfillments: [
      {
        trackingIds: ["T1"],
        variantIds: ["p1-s"],
        events: [{ at: at(1), status: "in_transit", location: "Austin", description: "" }],
      },
    ],
    payments: [{ type: "payment", amountCents: 1000, paymentMethodId: "card_1" }],
    placedAt: at(0),
    itemsChangedOnce: false,
    version: 0,
    ...overrides,
  };
}

export function afterSales(id: string, orderId: string, overrides: Partial<AfterSalesRequest> = {}): AfterSalesRequest {
  return {
    id,
    orderId,
    customerId: "c1",
    kind: "return",
    status: "requested",
    itemIndexes: [0],
    newVariantIds: [],
    reason: "too small",
    amountCents: 1000,
    createdBy: "bot",
    createdAt: at(0),
    details: { note: "x" },
    ...overrides,
  };
}

export function conversation(id: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id,
    channel: "widget",
    locale: "en",
    status: "bot",
    state: { flow: "return", slots: { orderId: "o1" } },
    createdAt: at(0),
    updatedAt: at(0),
    lastSeq: 0,
    ...overrides,
  };
}

export function handoff(id: string, conversationId: string, overrides: Partial<Handoff> = {}): Handoff {
  return {
    id,
    conversationId,
    reason: "requested",
    summary: "wants a human",
    priority: 50,
    status: "open",
    createdAt: at(0),
    ...overrides,
  };
}

export function job(id: string, overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    type: "followup.send",
    payload: { orderId: id },
    runAt: at(0),
    status: "queued",
    attempts: 0,
    createdAt: at(0),
    ...overrides,
  };
}
