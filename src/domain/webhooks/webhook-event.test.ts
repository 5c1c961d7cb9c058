import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../audit/audit-event.js";
import { endpointWants, webhookEventFromAudit } from "./webhook-event.js";

const audit = (action: string, details: Record<string, unknown> = {}): AuditEvent => ({
  id: "aud_1",
  at: "2026-12-04T10:00:00.000Z",
  actor: { type: "staff", id: "usr_1" },
  action,
  entityType: "after_sales_request",
  entityId: "asr_1",
  details,
});

describe("webhook events from the audit log", () => {
  it("maps after-sales decisions and keeps the audit id as the event id", () => {
    const event = webhookEventFromAudit(audit("after_sales.approve", { orderId: "#W1", amountCents: 1299 }));
    expect(event).toEqual({
      id: "aud_1",
      type: "after_sales.request_approved",
      occurredAt: "2026-12-04T10:00:00.000Z",
      data: {
        action: "after_sales.approve",
        after_sales_requestId: "asr_1",
        orderId: "#W1",
        amountCents: 1299,
        actor: "staff",
      },
    });
    expect(webhookEventFromAudit(audit("after_sales.reject"))?.type).toBe("after_sales.request_rejected");
    expect(webhookEventFromAudit(audit("after_sales.request_warranty"))?.type).toBe("after_sales.request_created");
    expect(webhookEventFromAudit(audit("order.return_request"))?.type).toBe("after_sales.request_created");
    expect(webhookEventFromAudit(audit("conversation.csat", { rating: 5 }))?.type).toBe("csat.received");
  });

  it("ignores actions that are not events and drops details that could carry personal data", () => {
    expect(webhookEventFromAudit(audit("user.login"))).toBeUndefined();
    expect(webhookEventFromAudit(audit("webhook.replay"))).toBeUndefined();
    const event = webhookEventFromAudit(
      audit("order.modify_address", {
        address: { line1: "88 Pine Road" },
        email: "a@b.c",
        comment: "call me 13900000000",
      }),
    );
    expect(JSON.stringify(event)).not.toMatch(/Pine|a@b\.c|139/);
    expect(event?.type).toBe("order.changed");
  });

  it("an endpoint with no event list takes all; a list filters; test events always pass", () => {
    expect(endpointWants([], "csat.received")).toBe(true);
    expect(endpointWants(["handoff.created"], "csat.received")).toBe(false);
    expect(endpointWants(["handoff.created"], "handoff.created")).toBe(true);
    expect(endpointWants(["handoff.created"], "webhook.test")).toBe(true);
  });
});
