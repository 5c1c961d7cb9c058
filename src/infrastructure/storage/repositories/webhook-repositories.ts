import type {
  WebhookDeliveryRepository,
  WebhookEndpointRepository,
} from "../../../application/ports/webhook-repositories.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { WebhookDelivery, WebhookEndpoint } from "../../../domain/webhooks/webhook-endpoint.js";
import { checked } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";

export function webhookEndpointRepository(ctx: StoreContext): WebhookEndpointRepository {
  const parseEndpoint = (row: { id: string; doc: string }) =>
    openDoc(ctx.cipher, WebhookEndpoint, "webhook_endpoints", row, "webhook endpoint");
  return {
    async list() {
      const rows = await ctx.db
        .selectFrom("webhook_endpoints")
        .select(["id", "doc"])
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(parseEndpoint);
    },
    async get(id) {
      const row = await ctx.db
        .selectFrom("webhook_endpoints")
        .select(["id", "doc"])
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parseEndpoint(row) : undefined;
    },
    async upsert(input) {
      const endpoint = checked(WebhookEndpoint, input, "webhook endpoint");
      const doc = sealDoc(ctx.cipher, "webhook_endpoints", endpoint.id, endpoint);
      await ctx.db
        .insertInto("webhook_endpoints")
        .values({ id: endpoint.id, created_at: endpoint.createdAt, doc })
        .onConflict((oc) => oc.column("id").doUpdateSet({ doc }))
        .execute();
    },
    async delete(id) {
      const result = await ctx.db.deleteFrom("webhook_endpoints").where("id", "=", id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export function webhookDeliveryRepository(ctx: StoreContext): WebhookDeliveryRepository {
  // A delivery carries the event payload (message text, contacts): sealed like the rows it came from.
  const parseDelivery = (row: { id: string; doc: string }) =>
    openDoc(ctx.cipher, WebhookDelivery, "webhook_deliveries", row, "webhook delivery");
  const seal = (delivery: WebhookDelivery) => sealDoc(ctx.cipher, "webhook_deliveries", delivery.id, delivery);
  return {
    async createIfAbsent(input) {
      const delivery = checked(WebhookDelivery, input, "webhook delivery");
      const result = await ctx.db
        .insertInto("webhook_deliveries")
        .values({
          id: delivery.id,
          endpoint_id: delivery.endpointId,
          event_id: delivery.eventId,
          status: delivery.status,
          created_at: delivery.createdAt,
          doc: seal(delivery),
        })
        .onConflict((oc) => oc.columns(["endpoint_id", "event_id"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async get(id) {
      const row = await ctx.db
        .selectFrom("webhook_deliveries")
        .select(["id", "doc"])
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parseDelivery(row) : undefined;
    },
    async update(input) {
      const delivery = checked(WebhookDelivery, input, "webhook delivery");
      const result = await ctx.db
        .updateTable("webhook_deliveries")
        .set({ status: delivery.status, doc: seal(delivery) })
        .where("id", "=", delivery.id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1)
        throw new KefuError("NOT_FOUND", `webhook delivery ${delivery.id} not found`);
    },
    async listByEndpoint(endpointId, page) {
      const { offset, limit } = pageWindow(page);
      let query = ctx.db.selectFrom("webhook_deliveries").where("endpoint_id", "=", endpointId);
      if (page.status) query = query.where("status", "=", page.status);
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query
        .select(["id", "doc"])
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map(parseDelivery), total: countValue(count) };
    },
  };
}
