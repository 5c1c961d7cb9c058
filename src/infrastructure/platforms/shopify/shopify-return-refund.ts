import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { RETURN_CANCEL, RETURN_CREATE, RETURN_PROCESS } from "./shopify-queries.js";
import { ShopifyReturn as ReturnSchema, type ShopifyOrder, type ShopifyReturn, UserErrors } from "./shopify-schemas.js";

/** One GraphQL call through the official client, its answer under `key` parsed by `schema`. */
export type ShopifyRun = <S extends z.ZodType>(
  query: string,
  variables: Record<string, unknown>,
  key: string,
  schema: S,
) => Promise<z.infer<S>>;

/** Units to return per order line-item GID. */
export type LineQuantities = ReadonlyMap<string, number>;

/** The fulfilment line items that shipped these units, or undefined when some never shipped (no return possible). */
export function returnLinesFor(order: ShopifyOrder, quantities: LineQuantities) {
  const lines: { fulfillmentLineItemId: string; quantity: number }[] = [];
  for (const [lineItemId, wanted] of quantities) {
    let left = wanted;
    for (const shipped of order.fulfillments.flatMap((f) => f.fulfillmentLineItems.nodes)) {
      if (left === 0 || shipped.lineItem.id !== lineItemId) continue;
      const quantity = Math.min(left, shipped.quantity);
      lines.push({ fulfillmentLineItemId: shipped.id, quantity });
      left -= quantity;
    }
    if (left > 0) return undefined;
  }
  return lines;
}

/** Whether a return holds exactly these units: Kefu's own return of this request (a line is returned once). */
export function covers(ret: ShopifyReturn, quantities: LineQuantities): boolean {
  const held = new Map<string, number>();
  for (const line of ret.returnLineItems.nodes) {
    const id = line.fulfillmentLineItem.lineItem.id;
    held.set(id, (held.get(id) ?? 0) + line.quantity);
  }
  return held.size === quantities.size && [...quantities].every(([id, n]) => held.get(id) === n);
}

const refused = (what: string, message: string) =>
  new KefuError("PLATFORM_REFUSED", `Shopify refused the ${what}: ${message}`);

/**
 * The open return a failed attempt left, else a new one of these fulfilment lines (with the exchange's
 * new variants, if any); `what` names the request in a refusal ("return", "exchange").
 */
export async function openOrReuseReturn(
  run: ShopifyRun,
  input: {
    orderId: string;
    open: ShopifyReturn | undefined;
    lines: { fulfillmentLineItemId: string; quantity: number }[];
    reason: string;
    exchangeLineItems?: { variantId: string; quantity: number }[];
    what: string;
  },
): Promise<ShopifyReturn> {
  if (input.open) return input.open;
  const created = await run(
    RETURN_CREATE,
    {
      returnInput: {
        orderId: input.orderId,
        returnLineItems: input.lines.map((l) => ({
          ...l,
          returnReason: "OTHER",
          returnReasonNote: input.reason.slice(0, 255),
        })),
        ...(input.exchangeLineItems ? { exchangeLineItems: input.exchangeLineItems } : {}),
      },
    },
    "returnCreate",
    z.object({ return: ReturnSchema.nullish(), userErrors: UserErrors }),
  );
  if (!created.return) throw refused(input.what, created.userErrors[0]?.message ?? "no return");
  return created.return;
}

/**
 * Refunds returned units through Shopify's Returns API: opens a return of the fulfilled line items (or reuses
 * the open one a failed attempt left), then processes it with a refund of the captured sale. A retry after
 * success finds the processed return's refund and makes no second one; a refused refund cancels the return it
 * opened, so the shop is left as it was. Returns undefined when the units never shipped (refundCreate then).
 */
export async function refundThroughReturn(
  run: ShopifyRun,
  input: {
    order: ShopifyOrder;
    quantities: LineQuantities;
    sale: { id: string };
    amountCents: number;
    reason: string;
    /** Written into the return's note, so staff see which Kefu request it was. */
    marker: string;
  },
): Promise<{ refundId: string } | undefined> {
  const { order, quantities } = input;
  const lines = returnLinesFor(order, quantities);
  if (!lines) return undefined;
  const mine = order.returns.nodes.filter((r) => covers(r, quantities));
  const processed = mine.find((r) => r.status === "CLOSED");
  const earlier = processed && order.refunds.find((r) => r.return?.id === processed.id);
  if (earlier) return { refundId: earlier.id };
  const open = await openOrReuseReturn(run, {
    orderId: order.id,
    open: mine.find((r) => r.status === "OPEN"),
    lines,
    reason: input.reason,
    what: "return",
  });
  const result = await run(
    RETURN_PROCESS,
    {
      input: {
        returnId: open.id,
        returnLineItems: open.returnLineItems.nodes.map((l) => ({ id: l.id, quantity: l.quantity })),
        financialTransfer: {
          issueRefund: {
            orderTransactions: [
              {
                parentId: input.sale.id,
                transactionAmount: { amount: (input.amountCents / 100).toFixed(2), currencyCode: order.currencyCode },
              },
            ],
          },
        },
        note: `${input.reason.slice(0, 200)} ${input.marker}`.trim(),
        notifyCustomer: true,
      },
    },
    "returnProcess",
    z.object({
      return: z
        .object({ id: z.string(), refunds: z.object({ nodes: z.array(z.object({ id: z.string() })) }) })
        .nullish(),
      userErrors: UserErrors,
    }),
  );
  const refundId = result.return?.refunds.nodes[0]?.id;
  if (refundId) return { refundId };
  const message = result.userErrors[0]?.message ?? "no refund";
  await run(RETURN_CANCEL, { id: open.id }, "returnCancel", z.object({ userErrors: UserErrors })).catch(
    () => undefined,
  );
  throw refused("refund", message);
}
