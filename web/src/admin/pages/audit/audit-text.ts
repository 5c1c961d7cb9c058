import type { AuditStrings } from "./audit-strings.js";

/** Display names the page has looked up, by staff or customer id. */
export type NameBook = ReadonlyMap<string, string>;

/** Keys whose values are staff or customer ids, shown as names. */
const PERSON_KEYS = new Set(["customerId", "assigneeId", "previousAssigneeId", "staffId", "to", "userId"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Ids the page should look up names for: staff (`usr_…`) and verified customers. */
export function idsToName(events: readonly AuditRow[]): { staff: Set<string>; customers: Set<string> } {
  const staff = new Set<string>();
  const customers = new Set<string>();
  for (const e of events) {
    if (e.actor.type === "staff") staff.add(e.actor.id);
    if (e.actor.type === "customer" && !e.actor.id.startsWith("conv_")) customers.add(e.actor.id);
    if (e.entityType === "staff_user") staff.add(e.entityId);
    if (e.entityType === "customer") customers.add(e.entityId);
    for (const [key, value] of Object.entries(e.details)) {
      if (typeof value !== "string" || !PERSON_KEYS.has(key)) continue;
      (value.startsWith("usr_") ? staff : customers).add(value);
    }
  }
  return { staff, customers };
}

/** The fields of an audit event this file reads. */
export interface AuditRow {
  actor: { type: string; id: string };
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}

/** "Staff · Demo Admin", "Customer · Emma Wilson", "Bot", "System · followups". */
export function actorText(actor: AuditRow["actor"], names: NameBook, s: AuditStrings): string {
  const type = s.actorTypes[actor.type] ?? actor.type;
  if (actor.type === "bot") return type;
  if (actor.type === "customer" && actor.id.startsWith("conv_")) return `${type} · ${s.visitor}`;
  return `${type} · ${names.get(actor.id) ?? actor.id}`;
}

/** The entity in words, with a person's name instead of their id. */
export function entityText(row: Pick<AuditRow, "entityType" | "entityId">, names: NameBook, s: AuditStrings): string {
  const type = s.entityTypes[row.entityType] ?? row.entityType;
  return `${type} ${names.get(row.entityId) ?? row.entityId}`;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(", ");
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k} ${valueText(v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * `key: value` pairs of an event's details for the table: people by name, hand-off reasons in
 * words, nested values as text rather than JSON; shortened to one table cell.
 */
export function detailsText(
  details: Record<string, unknown>,
  names: NameBook,
  s: AuditStrings,
  reasonNames: Record<string, string>,
): string {
  return Object.entries(details)
    .map(([key, value]) => {
      const shown =
        typeof value === "string" && PERSON_KEYS.has(key)
          ? (names.get(value) ?? value)
          : value === null && PERSON_KEYS.has(key)
            ? s.nobody
            : key === "reason" && typeof value === "string"
              ? (reasonNames[value] ?? value)
              : valueText(value);
      return `${s.keys[key] ?? key}: ${shown}`;
    })
    .join(" · ")
    .slice(0, 200);
}
