import type { Locale } from "../shared/i18n.js";

/** What the console shows per action: allowed or not, and the policy's reason. */
export interface ActionEligibility {
  action: string;
  allowed: boolean;
  reason?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function reasonText(v: unknown, locale: Locale): string | undefined {
  if (typeof v === "string") return v;
  if (isRecord(v)) {
    const s = v[locale] ?? v.en;
    return typeof s === "string" ? s : undefined;
  }
  return undefined;
}

function one(action: string, d: Record<string, unknown>, locale: Locale): ActionEligibility | undefined {
  if (typeof d.allowed !== "boolean") return undefined;
  const reasons = Array.isArray(d.reasons) ? d.reasons.map((r) => reasonText(r, locale)).filter(Boolean) : [];
  const reason = reasonText(d.reason, locale) ?? (reasons.length ? reasons.join("; ") : undefined);
  return { action, allowed: d.allowed, ...(reason ? { reason } : {}) };
}

/**
 * Reads GET /orders/:id/eligibility, accepting either `{ <action>: Decision }` or a list of
 * `{ action|kind, allowed, reason(s) }` under `items`/`actions`.
 */
export function parseEligibility(body: unknown, locale: Locale): ActionEligibility[] {
  if (!isRecord(body)) return [];
  const list = Array.isArray(body.items) ? body.items : Array.isArray(body.actions) ? body.actions : undefined;
  if (list) {
    return list.flatMap((d) => {
      if (!isRecord(d)) return [];
      const action = typeof d.action === "string" ? d.action : typeof d.kind === "string" ? d.kind : undefined;
      const e = action ? one(action, d, locale) : undefined;
      return e ? [e] : [];
    });
  }
  const source = isRecord(body.eligibility) ? body.eligibility : body;
  return Object.entries(source).flatMap(([action, d]) => {
    const e = isRecord(d) ? one(action, d, locale) : undefined;
    return e ? [e] : [];
  });
}
