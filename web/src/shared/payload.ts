import type { AttachmentRef } from "../../../src/contract/widget-api.js";
import type { Citation, OrderCard, QuickReply } from "./api-types.js";

// Narrowing of a message's free-form payload (server-built, but typed as a record on the wire).

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function quickRepliesOf(payload: Record<string, unknown>): QuickReply[] {
  const list = payload.quickReplies;
  if (!Array.isArray(list)) return [];
  return list.flatMap((q) =>
    isRecord(q) && typeof q.label === "string" && typeof q.value === "string"
      ? [{ label: q.label, value: q.value }]
      : [],
  );
}

export function citationsOf(payload: Record<string, unknown>): Citation[] {
  const list = payload.citations;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c) =>
    isRecord(c) && typeof c.articleId === "string"
      ? [{ articleId: c.articleId, title: str(c.title) ?? c.articleId }]
      : [],
  );
}

export function orderCardsOf(payload: Record<string, unknown>): OrderCard[] {
  const list = payload.orderCards;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c): OrderCard[] => {
    if (!isRecord(c) || typeof c.orderId !== "string") return [];
    const items = Array.isArray(c.items) ? c.items.filter(isRecord) : [];
    const shipments = Array.isArray(c.shipments) ? c.shipments.filter(isRecord) : [];
    return [
      {
        orderId: c.orderId,
        status: str(c.status) ?? "",
        statusLabel: str(c.statusLabel),
        placedAt: str(c.placedAt),
        total: str(c.total),
        items: items.map((i) => ({
          name: str(i.name) ?? "",
          price: str(i.price),
          options: isRecord(i.options)
            ? Object.fromEntries(Object.entries(i.options).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])))
            : {},
        })),
        shipments: shipments.map((s) => ({
          carrier: str(s.carrier),
          trackingIds: Array.isArray(s.trackingIds) ? s.trackingIds.filter((t) => typeof t === "string") : [],
          timeline: (Array.isArray(s.timeline) ? s.timeline.filter(isRecord) : []).map((e) => ({
            at: str(e.at) ?? "",
            status: str(e.status) ?? "",
            label: str(e.label),
            location: str(e.location),
            description: str(e.description),
          })),
        })),
      },
    ];
  });
}

/** The system message appended on resolve that asks for a rating. */
export function isCsatPrompt(payload: Record<string, unknown>): boolean {
  return payload.kind === "csat_prompt";
}

/** Files in payload.attachments (shopper photos and PDFs, email attachments). */
export function attachmentsOf(payload: Record<string, unknown>): AttachmentRef[] {
  const list = payload.attachments;
  if (!Array.isArray(list)) return [];
  return list.flatMap((a) =>
    isRecord(a) && typeof a.id === "string"
      ? [
          {
            id: a.id,
            filename: str(a.filename) ?? "attachment",
            contentType: str(a.contentType) ?? "application/octet-stream",
            size: typeof a.size === "number" ? a.size : 0,
          },
        ]
      : [],
  );
}
