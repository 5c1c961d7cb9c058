import type { AuditRepository } from "../../../application/ports/admin-repositories.js";
import { AuditEvent } from "../../../domain/audit/audit-event.js";
import { checked } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";

export function auditRepository(ctx: StoreContext): AuditRepository {
  const parse = (row: { id: string; doc: string }) =>
    openDoc(ctx.cipher, AuditEvent, "audit_events", row, "audit event");
  return {
    async append(input) {
      const event = checked(AuditEvent, input, "audit event");
      await ctx.db
        .insertInto("audit_events")
        .values({
          id: event.id,
          at: event.at,
          actor_type: event.actor.type,
          actor_id: event.actor.id,
          action: event.action,
          entity_id: event.entityId,
          doc: sealDoc(ctx.cipher, "audit_events", event.id, event),
        })
        .execute();
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("audit_events");
      if (filter.actor) {
        query = query.where("actor_type", "=", filter.actor.type).where("actor_id", "=", filter.actor.id);
      }
      if (filter.action) query = query.where("action", "=", filter.action);
      if (filter.entityId) query = query.where("entity_id", "=", filter.entityId);
      if (filter.since) query = query.where("at", ">=", filter.since);
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      // Newest first; ids are time-ordered, so they break ties within one millisecond.
      const rows = await query
        .select(["id", "doc"])
        .orderBy("at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
  };
}
