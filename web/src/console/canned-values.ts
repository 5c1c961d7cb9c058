import { z } from "zod/mini";
import { customerDisplayName } from "../../../src/contract/shop-entities.js";
import type { Customer, Message, Order } from "../shared/api-types.js";
import type { CannedValues } from "./fill-canned-reply.js";
import { trackingLink } from "./tracking-link.js";

/** Only the part of the bot's dialog state that names an order; anything else in it is ignored. */
const FlowOrder = z.object({ slots: z.optional(z.object({ orderId: z.optional(z.string()) })) });
const DialogOrders = z.object({
  dialog: z.optional(
    z.object({
      active: z.optional(FlowOrder),
      refused: z.optional(FlowOrder),
      suspended: z.optional(z.array(FlowOrder)),
    }),
  ),
});

/** The order the bot was talking about: the active flow's, else a refused or suspended one's. */
export function discussedOrderId(state: Record<string, unknown>): string | undefined {
  const parsed = DialogOrders.safeParse(state);
  const dialog = parsed.success ? parsed.data.dialog : undefined;
  if (!dialog) return undefined;
  const flows = [dialog.active, dialog.refused, ...(dialog.suspended ?? [])];
  return flows.map((f) => f?.slots?.orderId).find((id) => id !== undefined);
}

const OneCard = z.object({ orderCards: z.tuple([z.object({ orderId: z.string() })]) });

/** The order of the latest bot message showing a single order card (a list of several names no one order). */
export function lastShownOrderId(messages: readonly Message[]): string | undefined {
  for (const m of [...messages].reverse()) {
    const parsed = OneCard.safeParse(m.payload);
    if (parsed.success) return parsed.data.orderCards[0].orderId;
  }
  return undefined;
}

/**
 * The order a reply is about: the one in the bot's open flow, else the one it last showed, else the
 * customer's most recently placed.
 */
export function orderInFocus(
  orders: Order[],
  state: Record<string, unknown>,
  messages: readonly Message[] = [],
): Order | undefined {
  for (const id of [discussedOrderId(state), lastShownOrderId(messages)]) {
    const named = id ? orders.find((o) => o.id === id) : undefined;
    if (named) return named;
  }
  return [...orders].sort((a, b) => (b.placedAt ?? "").localeCompare(a.placedAt ?? ""))[0];
}

/** What the variables stand for in one conversation. */
export function cannedValues(input: {
  agentName: string;
  customer?: Pick<Customer, "firstName" | "lastName" | "locale">;
  orders: Order[];
  state: Record<string, unknown>;
  messages?: readonly Message[];
}): CannedValues {
  const order = orderInFocus(input.orders, input.state, input.messages);
  const link = order ? trackingLink(order.fulfillments) : undefined;
  return {
    agent: input.agentName,
    ...(input.customer ? { customer_name: customerDisplayName(input.customer) } : {}),
    ...(order ? { order_number: order.id } : {}),
    ...(link ? { tracking_link: link } : {}),
  };
}
