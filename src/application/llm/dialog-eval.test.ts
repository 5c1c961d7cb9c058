import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJson } from "../../domain/parse-json.js";
import { EvalDialogFile, passHatK, summariseRuns } from "./dialog-eval.js";

describe("dialog evaluation scoring", () => {
  it("computes pass^k from c successes in n runs", () => {
    expect(passHatK(4, 4, 4)).toBe(1);
    expect(passHatK(4, 3, 4)).toBe(0);
    expect(passHatK(4, 2, 1)).toBe(0.5);
    expect(passHatK(4, 3, 2)).toBe(0.5);
  });
  it("summarises pass rate and pass^k over dialogs", () => {
    const runs = new Map([
      ["a", [true, true]],
      ["b", [true, false]],
    ]);
    expect(summariseRuns(runs, 2)).toEqual({ passRate: 0.75, passK: 0.5 });
  });
  it("the shipped bilingual dialogs file parses", () => {
    const file = parseJson(EvalDialogFile, readFileSync("resources/dialogs/after-sales.json", "utf8"), "dialogs");
    expect(new Set(file.dialogs.map((d) => d.locale))).toEqual(new Set(["en", "zh"]));
  });
});

describe("checkOutcome", () => {
  it("reports status, fact and handoff mismatches", async () => {
    const { checkOutcome } = await import("./dialog-eval.js");
    const dialog = {
      id: "d",
      locale: "en" as const,
      turns: ["x"],
      expect: {
        orderStatus: { "#W1": "cancelled" },
        requests: {},
        replyFacts: ["#W1"],
        replyLacks: [],
        handoff: false,
      },
    };
    expect(
      checkOutcome(dialog, { replies: ["#W1 cancelled"], orderStatus: { "#W1": "cancelled" }, handoff: false }),
    ).toEqual([]);
    expect(checkOutcome(dialog, { replies: ["no"], orderStatus: {}, handoff: true })).toEqual([
      "order #W1: expected cancelled, got none",
      'reply lacks "#W1"',
      "handoff: expected false",
    ]);
  });

  it("checks recorded after-sales requests and text that must not be disclosed", async () => {
    const { checkOutcome, EvalDialog } = await import("./dialog-eval.js");
    const dialog = EvalDialog.parse({
      id: "d",
      locale: "en",
      turns: ["x"],
      expect: { requests: { "#W1": ["invoice"], "#W2": [] }, replyLacks: ["1Z999"] },
    });
    const ok = { replies: ["Done"], orderStatus: {}, requests: { "#W1": ["invoice"], "#W2": [] }, handoff: false };
    expect(checkOutcome(dialog, ok)).toEqual([]);
    expect(
      checkOutcome(dialog, { ...ok, replies: ["tracking 1Z999AA"], requests: { "#W1": [], "#W2": ["complaint"] } }),
    ).toEqual([
      "requests on #W1: expected [invoice], got []",
      "requests on #W2: expected [], got [complaint]",
      'reply discloses "1Z999"',
    ]);
  });
});
