import type { FastifyRequest } from "fastify";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import type { Store } from "../../../application/ports/store.js";
import { requireStaff } from "../auth/guards.js";

/** Records what an admin did to one kind of entity (a connection, a channel) in the audit log. */
export function adminAudit(deps: { store: Pick<Store, "audit">; clock: Clock; ids: IdGenerator }, entityType: string) {
  return (request: FastifyRequest, action: string, entityId: string, details: Record<string, unknown> = {}) =>
    deps.store.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor: { type: "staff", id: requireStaff(request, ["admin"]).id },
      action,
      entityType,
      entityId,
      details,
    });
}
