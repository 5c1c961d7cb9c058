import { describe, expect, it } from "vitest";
import { AUDIT_STRINGS } from "./audit-strings.js";
import { actorText, detailsText, entityText, idsToName } from "./audit-text.js";

const names = new Map([
  ["usr_01k932i93ncoej6s4nlm5l2", "Demo Admin"],
  ["usr_02agent", "Demo Agent"],
  ["emma_wilson_1001", "Emma Wilson"],
]);
const reasons = { requested: "Asked for a human" };

describe("audit log text", () => {
  it("names people instead of showing their ids", () => {
    const en = AUDIT_STRINGS.en;
    expect(actorText({ type: "staff", id: "usr_01k932i93ncoej6s4nlm5l2" }, names, en)).toBe("Staff · Demo Admin");
    expect(actorText({ type: "customer", id: "emma_wilson_1001" }, names, en)).toBe("Customer · Emma Wilson");
    expect(actorText({ type: "customer", id: "conv_01k932j4ilaqdjlm9ibudm7" }, names, en)).toBe(
      "Customer · Unverified visitor",
    );
    expect(actorText({ type: "bot", id: "kefu" }, names, en)).toBe("Bot");
    expect(entityText({ entityType: "staff_user", entityId: "usr_02agent" }, names, AUDIT_STRINGS.zh)).toBe(
      "员工账号 Demo Agent",
    );
  });

  it("writes details in words: names, hand-off reasons, nested values without JSON", () => {
    const en = AUDIT_STRINGS.en;
    expect(detailsText({ reason: "requested", priority: 50 }, names, en, reasons)).toBe(
      "reason: Asked for a human · priority: 50",
    );
    expect(
      detailsText({ kind: "resolved", customerId: "emma_wilson_1001", to: "usr_02agent" }, names, en, reasons),
    ).toBe("kind: resolved · customer: Emma Wilson · to: Demo Agent");
    expect(detailsText({ itemIndexes: [0, 1], previousAssigneeId: null }, names, en, reasons)).toBe(
      "itemIndexes: 0, 1 · previously with: nobody",
    );
    expect(detailsText({ review: { by: "staff", note: "ok" } }, names, en, reasons)).not.toContain("{");
  });

  it("asks for the names of staff and verified customers only", () => {
    const wanted = idsToName([
      { actor: { type: "staff", id: "usr_a" }, entityType: "conversation", entityId: "conv_1", details: {} },
      {
        actor: { type: "customer", id: "conv_2" },
        entityType: "order",
        entityId: "#W1",
        details: { customerId: "li_na_2001", assigneeId: "usr_b" },
      },
    ]);
    expect([...wanted.staff].sort()).toEqual(["usr_a", "usr_b"]);
    expect([...wanted.customers]).toEqual(["li_na_2001"]);
  });

  it("words every action in both languages", () => {
    expect(Object.keys(AUDIT_STRINGS.zh.actions).sort()).toEqual(Object.keys(AUDIT_STRINGS.en.actions).sort());
    expect(AUDIT_STRINGS.zh.actions["after_sales.approve"]).toBe("批准申请");
  });
});
