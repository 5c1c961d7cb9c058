/**
 * Order editing in the fake Shopify, after the public reference: orderEditBegin returns a CalculatedOrder whose
 * CalculatedLineItems carry the numeric ids of the order's lines; orderEditSetQuantity / orderEditAddVariant stage
 * changes on it; orderEditCommit applies them (LineItem.currentQuantity, new lines) — uncommitted edits vanish.
 */

export interface FakeEditLine {
  id: string;
  name: string;
  quantity: number;
  currentQuantity?: number;
  variantTitle: string;
  variant: { id: string };
  product: { id: string };
  originalUnitPriceSet: { shopMoney: { amount: string } };
}

export interface FakeEditableOrder {
  id: string;
  updatedAt: string;
  lineItems: { nodes: FakeEditLine[] };
}

/** Each order-edit mutation received, with its variables. */
export interface OrderEditCall {
  op: "begin" | "setQuantity" | "addVariant" | "commit";
  variables: Record<string, unknown>;
}

export interface FakeOrderEditing {
  calls: OrderEditCall[];
  /** Order GIDs whose edits Shopify refuses at commit (userErrors). */
  refuseFor: Set<string>;
  handle(query: string, v: Record<string, unknown>): unknown;
}

interface Session {
  order: FakeEditableOrder;
  quantities: Map<string, number>;
  added: { id: string; variantId: string; quantity: number }[];
}

const tail = (gid: string) => gid.split("/").at(-1) ?? gid;
const units = (l: FakeEditLine) => l.currentQuantity ?? l.quantity;

export function fakeOrderEditing(
  orders: FakeEditableOrder[],
  variants: { id: string; title: string; price: string; productId: string; available: boolean }[],
): FakeOrderEditing {
  const sessions = new Map<string, Session>();
  let seq = 0;
  let lineSeq = 0;
  const state: FakeOrderEditing = { calls: [], refuseFor: new Set(), handle };
  const errors = (key: string, message: string, extra: Record<string, unknown> = {}) => ({
    data: { [key]: { ...extra, userErrors: [{ field: null, message }] } },
  });
  const calculatedLines = (s: Session) => [
    ...s.order.lineItems.nodes.map((l) => ({
      id: `gid://shopify/CalculatedLineItem/${tail(l.id)}`,
      quantity: s.quantities.get(l.id) ?? units(l),
      variant: l.variant,
    })),
    ...s.added.map((a) => ({ id: a.id, quantity: a.quantity, variant: { id: a.variantId } })),
  ];

  function handle(query: string, v: Record<string, unknown>): unknown {
    if (query.includes("mutation OrderEditBegin")) {
      state.calls.push({ op: "begin", variables: v });
      const order = orders.find((o) => o.id === v.id);
      if (!order) return errors("orderEditBegin", "Order does not exist", { calculatedOrder: null });
      const id = `gid://shopify/CalculatedOrder/${++seq}`;
      const session: Session = { order, quantities: new Map(), added: [] };
      sessions.set(id, session);
      return {
        data: {
          orderEditBegin: { calculatedOrder: { id, lineItems: { nodes: calculatedLines(session) } }, userErrors: [] },
        },
      };
    }
    if (query.includes("mutation OrderEditSetQuantity")) {
      state.calls.push({ op: "setQuantity", variables: v });
      const session = sessions.get(String(v.id));
      const line = session?.order.lineItems.nodes.find((l) => tail(l.id) === tail(String(v.lineItemId)));
      if (!session || !line)
        return errors("orderEditSetQuantity", "Line item does not exist", { calculatedLineItem: null });
      session.quantities.set(line.id, Number(v.quantity));
      return {
        data: {
          orderEditSetQuantity: { calculatedLineItem: { id: v.lineItemId, quantity: v.quantity }, userErrors: [] },
        },
      };
    }
    if (query.includes("mutation OrderEditAddVariant")) {
      state.calls.push({ op: "addVariant", variables: v });
      const session = sessions.get(String(v.id));
      const variant = variants.find((x) => x.id === v.variantId);
      if (!session || !variant?.available)
        return errors("orderEditAddVariant", "Variant is not available for sale", { calculatedLineItem: null });
      const added = {
        id: `gid://shopify/CalculatedLineItem/new-${++lineSeq}`,
        variantId: variant.id,
        quantity: Number(v.quantity),
      };
      session.added.push(added);
      return {
        data: {
          orderEditAddVariant: {
            calculatedLineItem: { id: added.id, quantity: added.quantity, variant: { id: variant.id } },
            userErrors: [],
          },
        },
      };
    }
    if (query.includes("mutation OrderEditCommit")) {
      state.calls.push({ op: "commit", variables: v });
      const session = sessions.get(String(v.id));
      if (!session) return errors("orderEditCommit", "Calculated order does not exist", { order: null });
      sessions.delete(String(v.id));
      const { order } = session;
      if (state.refuseFor.has(order.id))
        return errors("orderEditCommit", "The order has been fulfilled and can no longer be edited", { order: null });
      for (const line of order.lineItems.nodes) {
        const quantity = session.quantities.get(line.id);
        if (quantity !== undefined) line.currentQuantity = quantity;
      }
      for (const a of session.added) {
        const variant = variants.find((x) => x.id === a.variantId);
        order.lineItems.nodes.push({
          id: `gid://shopify/LineItem/${9900 + ++lineSeq}`,
          name: `Wool Beanie - ${variant?.title ?? ""}`,
          quantity: a.quantity,
          currentQuantity: a.quantity,
          variantTitle: variant?.title ?? "",
          variant: { id: a.variantId },
          product: { id: variant?.productId ?? "" },
          originalUnitPriceSet: { shopMoney: { amount: variant?.price ?? "0.00" } },
        });
      }
      order.updatedAt = "2026-12-04T12:00:00Z";
      const nodes = order.lineItems.nodes.map((l) => ({ id: l.id, currentQuantity: units(l), variant: l.variant }));
      return { data: { orderEditCommit: { order: { id: order.id, lineItems: { nodes } }, userErrors: [] } } };
    }
    return undefined;
  }
  return state;
}
