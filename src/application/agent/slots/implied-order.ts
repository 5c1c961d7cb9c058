import type { ActiveFlow } from "../../../domain/dialog/dialog-state.js";
import { itemsMentioned, ownOrder, productsOf } from "../flow-slots.js";
import type { TurnContext } from "../turn-context.js";
import { eligibleOrders } from "./order-slot.js";

/**
 * The order a request means without its number: the only eligible order holding the product it names
 * ("cancel my backpack order"), else the eligible order the verifying message named. Undefined otherwise.
 */
export async function impliedOrder(ctx: TurnContext, flow: ActiveFlow): Promise<string | undefined> {
  if (!ctx.customer) return undefined;
  const eligible = await eligibleOrders(ctx, flow, await ctx.deps.reads.ordersOf(ctx.customer.id));
  const request = flow.slots.request;
  if (request) {
    const named = [];
    for (const o of eligible) if (itemsMentioned(await productsOf(ctx, o), o, request).length) named.push(o.id);
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  const context = ctx.state.contextOrderId;
  const order = context ? await ownOrder(ctx, context) : undefined;
  return order && eligible.some((o) => o.id === order.id) ? order.id : undefined;
}
