import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  type AfterSalesDeps,
  cancelOrder,
  exchangeOrderItems,
  loadShopPolicy,
  modifyOrderAddress,
  modifyOrderItems,
  modifyOrderPayment,
  previewAllActions,
  returnOrderItems,
  reviewAfterSalesRequest,
} from "../../../application/use-cases/after-sales/index.js";
import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Address } from "../../../domain/shop/address.js";
import { requireStaff } from "../auth/guards.js";
import { AfterSalesActionResponse, EligibilityResponse, ReviewResponse } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams, optionalBody } from "../schemas.js";

const ItemIndexes = z.array(z.number().int().nonnegative()).max(100);
const VariantIds = z.array(z.string().min(1).max(200)).max(100);
const MethodId = z.string().min(1).max(200);
/** Fields every action body may carry. */
const Base = z.object({ conversationId: z.string().min(1).max(200).optional() });

const CancelBody = Base.extend({ reason: z.string().trim().min(1).max(500) });
const ReturnBody = Base.extend({
  itemIndexes: ItemIndexes,
  refundMethodId: MethodId,
  qualityIssue: z.boolean().optional(),
});
const ChangeBody = Base.extend({ itemIndexes: ItemIndexes, newVariantIds: VariantIds, paymentMethodId: MethodId });
const ExchangeBody = ChangeBody.extend({ qualityIssue: z.boolean().optional() });
const AddressBody = Base.extend({ address: Address });
const PaymentBody = Base.extend({ paymentMethodId: MethodId });
/** The 200 answer of every order action. */
const Done = { 200: AfterSalesActionResponse };
/** `reason` is accepted as another name for `note` (the console sends it when rejecting). */
const ReviewBody = optionalBody(
  z.object({ note: z.string().max(2000).optional(), reason: z.string().max(2000).optional() }),
);

/** Staff actions on orders through the same policy engine and use cases the bot uses. */
export function orderActionRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store, clock, ids } = ctx.deps;
  const deps: AfterSalesDeps = { store, clock, ids, loadPolicy: () => loadShopPolicy(store) };

  /** The order's owner and the acting staff user, for the use cases' ownership check. */
  const target = async (
    orderId: string,
    staffId: string,
  ): Promise<{ orderId: string; customerId: string; actor: Actor }> => {
    const order = await store.orders.get(orderId);
    if (!order) throw new KefuError("ORDER_NOT_FOUND", `Order ${orderId} does not exist`);
    return { orderId, customerId: order.customerId, actor: { type: "staff", id: staffId } };
  };

  return async (app) => {
    const tags = ["orders"];
    app.get(
      "/orders/:id/eligibility",
      { schema: { tags, params: IdParams, response: { 200: EligibilityResponse } } },
      async (request) => {
        requireStaff(request);
        return {
          orderId: request.params.id,
          eligibility: await previewAllActions(deps, { orderId: request.params.id }),
        };
      },
    );

    app.post(
      "/orders/:id/cancel",
      { schema: { tags, params: IdParams, body: CancelBody, response: Done } },
      async (request) => {
        const me = requireStaff(request);
        return cancelOrder(deps, { ...(await target(request.params.id, me.id)), ...request.body });
      },
    );

    app.post(
      "/orders/:id/return",
      { schema: { tags, params: IdParams, body: ReturnBody, response: Done } },
      async (request) => {
        const me = requireStaff(request);
        return returnOrderItems(deps, { ...(await target(request.params.id, me.id)), ...request.body });
      },
    );

    app.post(
      "/orders/:id/exchange",
      { schema: { tags, params: IdParams, body: ExchangeBody, response: Done } },
      async (request) => {
        const me = requireStaff(request);
        return exchangeOrderItems(deps, { ...(await target(request.params.id, me.id)), ...request.body });
      },
    );

    app.post(
      "/orders/:id/modify-items",
      { schema: { tags, params: IdParams, body: ChangeBody, response: Done } },
      async (request) => {
        const me = requireStaff(request);
        return modifyOrderItems(deps, { ...(await target(request.params.id, me.id)), ...request.body });
      },
    );

    app.post(
      "/orders/:id/address",
      { schema: { tags, params: IdParams, body: AddressBody, response: Done } },
      async (request) => {
        const me = requireStaff(request);
        return modifyOrderAddress(deps, { ...(await target(request.params.id, me.id)), ...request.body });
      },
    );

    app.post(
      "/orders/:id/payment",
      { schema: { tags, params: IdParams, body: PaymentBody, response: Done } },
      async (request) => {
        const me = requireStaff(request);
        return modifyOrderPayment(deps, { ...(await target(request.params.id, me.id)), ...request.body });
      },
    );

    for (const decision of ["approve", "reject"] as const) {
      app.post(
        `/after-sales/:id/${decision}`,
        { schema: { tags: ["after-sales"], params: IdParams, body: ReviewBody, response: { 200: ReviewResponse } } },
        async (request) => {
          const me = requireStaff(request);
          const note = request.body.note ?? request.body.reason;
          const result = await reviewAfterSalesRequest(deps, {
            requestId: request.params.id,
            decision,
            actor: { type: "staff", id: me.id },
            ...(note === undefined ? {} : { note }),
          });
          // The shopper's open widget shows the outcome at once.
          if (result.notice) {
            await ctx.deps.eventBus
              .publish({
                type: "message.created",
                conversationId: result.notice.conversationId,
                message: result.notice,
              })
              .catch((err: unknown) => ctx.deps.logger.warn({ err }, "publishing the review notice failed"));
          }
          return result;
        },
      );
    }
  };
}
