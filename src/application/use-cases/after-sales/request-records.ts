import type { Actor, AuditEvent } from "../../../domain/audit/audit-event.js";
import type { AfterSalesKind, AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Repositories } from "../../ports/store.js";
import type { AfterSalesDeps } from "./after-sales-deps.js";

/** "staff:usr_1", "bot:kefu": who created a request. */
export const actorLabel = (actor: Actor): string => `${actor.type}:${actor.id}`;

/** A new after-sales request with the fields every kind shares filled in. */
export function newRequest(
  deps: Pick<AfterSalesDeps, "clock" | "ids">,
  base: {
    orderId: string;
    customerId: string;
    kind: AfterSalesKind;
    actor: Actor;
    conversationId?: string | undefined;
  },
  fields: Partial<Omit<AfterSalesRequest, "id" | "orderId" | "customerId" | "kind" | "createdBy" | "createdAt">> &
    Pick<AfterSalesRequest, "status">,
): AfterSalesRequest {
  return {
    id: deps.ids.next("asr"),
    orderId: base.orderId,
    customerId: base.customerId,
    kind: base.kind,
    itemIndexes: [],
    newVariantIds: [],
    reason: "",
    amountCents: 0,
    createdBy: actorLabel(base.actor),
    createdAt: deps.clock.nowIso(),
    details: {},
    ...(base.conversationId ? { conversationId: base.conversationId } : {}),
    ...fields,
  };
}

/** An audit event for an after-sales write. */
export function auditOf(
  deps: Pick<AfterSalesDeps, "clock" | "ids">,
  actor: Actor,
  action: string,
  entity: { type: string; id: string },
  details: Record<string, unknown>,
): AuditEvent {
  return {
    id: deps.ids.next("aud"),
    at: deps.clock.nowIso(),
    actor,
    action,
    entityType: entity.type,
    entityId: entity.id,
    details,
  };
}

/** The newest request of this kind on the order that `matches`, for replaying a retried action. */
export async function findPriorRequest(
  tx: Pick<Repositories, "afterSales">,
  orderId: string,
  kind: AfterSalesKind,
  matches: (request: AfterSalesRequest) => boolean = () => true,
): Promise<AfterSalesRequest | undefined> {
  const prior = (await tx.afterSales.listByOrder(orderId)).filter(
    (r) => r.kind === kind && r.status !== "rejected" && matches(r),
  );
  return prior.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
}

/** Same numbers in the same order. */
export const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
