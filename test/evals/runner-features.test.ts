import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DialogEvalEnvironmentFactory } from "../../src/application/evals/dialog-eval-environment.js";
import { EvalDialog } from "../../src/application/evals/eval-dialog.js";
import { runDialogEvals } from "../../src/application/evals/run-dialog-evals.js";
import { DEMO_PRODUCTS } from "../../src/application/use-cases/shop-data/demo-catalog.js";
import { demoEvalEnvironment } from "../../src/drivers/cli/commands/demo-eval-environment.js";
import { JiebaSegmenter } from "../../src/infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../../src/infrastructure/nlu/load-default-nlu.js";
import { sequentialIds } from "../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../src/infrastructure/system/system-clock.js";

const clock = fixedClock("2026-11-23T10:00:00.000Z");
let environment: DialogEvalEnvironmentFactory;

beforeAll(async () => {
  const nlu = await loadDefaultNlu({
    dataDir: join(tmpdir(), "kefu-test-nlu-models"),
    catalogue: DEMO_PRODUCTS,
    segmenter: new JiebaSegmenter(),
    now: () => clock.now(),
  });
  environment = demoEvalEnvironment({ nlu, clock, ids: sequentialIds });
});

const RETURN_TURNS = [
  "I'm Emma Wilson, zip 94107, my email is emma.wilson@example.com",
  "return order #W0010005",
  "the first item",
  "to my credit card",
  "yes",
];

async function run(dialog: unknown) {
  const report = await runDialogEvals({
    dialogs: [{ theme: "t", dialog: EvalDialog.parse(dialog) }],
    k: 1,
    mode: "local",
    environment,
  });
  const [result] = report.dialogs;
  if (!result) throw new Error("no result");
  return result;
}

describe("the dialog runner on the demo shop", () => {
  it("runs a staff approval between turns: the return completes and the refund is recorded", async () => {
    const result = await run({
      id: "staff",
      locale: "en",
      turns: [...RETURN_TURNS, { staff: "approve", order: "#W0010005" }],
      expect: {
        orders: { "#W0010005": { status: "returned" } },
        newRequests: [{ order: "#W0010005", kind: "return", status: "completed", items: [0], amountCents: 12999 }],
      },
    });
    expect(result.failure?.reasons ?? []).toEqual([]);
  });

  it("applies a dialog's policy before it starts, and reports what the shopper said at the failing turn", async () => {
    // With a 2-day window, the return of an order delivered 3 days ago is refused: nothing may be written.
    const refused = {
      id: "window",
      locale: "en",
      setup: { policy: { returnWindowDays: 2, noReasonReturnDays: 2 } },
      turns: RETURN_TURNS,
      expect: { unchanged: true, newRequests: [] },
    };
    expect((await run(refused)).failure?.reasons ?? []).toEqual([]);
    const wrong = await run({ ...refused, setup: undefined });
    expect(wrong.pass1).toBe(0);
    expect(wrong.failure?.reasons).toContain("unexpected return request created on #W0010005");
    expect(wrong.failure?.transcript.map((s) => s.sent)).toEqual(RETURN_TURNS);
  });

  it("a staff step with no open request fails at that turn and stops the replay", async () => {
    const result = await run({
      id: "nothing-open",
      locale: "en",
      turns: [RETURN_TURNS[0], { staff: "reject", order: "#W0010005", note: "no" }, "hello"],
      expect: {},
    });
    expect(result.failure).toMatchObject({
      firstTurn: 1,
      said: "[staff reject #W0010005]",
      reasons: ["turn 2: step failed: no open request on #W0010005 for staff to reject"],
    });
    expect(result.failure?.transcript).toHaveLength(2);
  });
});
