import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDialogEvalReport } from "../../src/application/evals/format-dialog-eval-report.js";
import { type DialogEvalReport, runDialogEvals } from "../../src/application/evals/run-dialog-evals.js";
import { DEMO_PRODUCTS } from "../../src/application/use-cases/shop-data/demo-catalog.js";
import { demoEvalEnvironment } from "../../src/drivers/cli/commands/demo-eval-environment.js";
import { loadDialogFiles } from "../../src/drivers/cli/commands/load-dialog-files.js";
import { JiebaSegmenter } from "../../src/infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../../src/infrastructure/nlu/load-default-nlu.js";
import { sequentialIds } from "../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../src/infrastructure/system/system-clock.js";

/**
 * Floor for pass^1 over every dialog in resources/dialogs, local mode on SQLite. Measured 2026-12-05 after the
 * second round of issue 9 (confirmation edits, implied orders, catalogue questions, 48 more dialogs): 260 of 260
 * (100%); before it 193 of 212 (91.0%). The floor leaves a small margin; whoever improves the runtime raises it.
 */
const PASS1_FLOOR = 0.97;
const MIN_DIALOGS = 255;

const NOW = "2026-11-23T10:00:00.000Z";
// The NLU models other tests train and keep there (trained here if missing).
const nluDir = join(tmpdir(), "kefu-test-nlu-models");
let report: DialogEvalReport;
let fixtures: DialogEvalReport;

beforeAll(async () => {
  const clock = fixedClock(NOW);
  const nlu = await loadDefaultNlu({
    dataDir: nluDir,
    catalogue: DEMO_PRODUCTS,
    segmenter: new JiebaSegmenter(),
    now: () => clock.now(),
  });
  const environment = demoEvalEnvironment({ nlu, clock, ids: sequentialIds });
  report = await runDialogEvals({ dialogs: loadDialogFiles("resources/dialogs"), k: 1, mode: "local", environment });
  fixtures = await runDialogEvals({
    dialogs: loadDialogFiles("test/evals/demo-dialogs.json"),
    k: 1,
    mode: "local",
    environment,
  });
  console.log(formatDialogEvalReport(report).join("\n"));
}, 900_000); // every dialog in a freshly seeded SQLite store

describe("every dialog in resources/dialogs, once, local mode on SQLite", () => {
  it(`runs at least ${MIN_DIALOGS} dialogs in several themes`, () => {
    expect(report.overall.dialogs).toBeGreaterThanOrEqual(MIN_DIALOGS);
    expect(Object.keys(report.themes).length).toBeGreaterThanOrEqual(8);
  });

  it("keeps the original after-sales dialogs green", () => {
    const failing = report.dialogs.filter((d) => d.theme === "after-sales" && d.pass1 < 1);
    expect(failing.map((d) => `${d.id}: ${d.failure?.reasons.join("; ")}`)).toEqual([]);
    expect(report.themes["after-sales"]?.dialogs).toBe(20);
  });

  it("keeps the scripted demo dialogs green", () => {
    expect(fixtures.dialogs.filter((d) => d.pass1 < 1).map((d) => `${d.id}: ${d.failure?.reasons.join("; ")}`)).toEqual(
      [],
    );
  });

  it(`passes at least ${PASS1_FLOOR * 100}% of all dialogs (pass^1)`, () => {
    expect(report.overall.pass1).toBeGreaterThanOrEqual(PASS1_FLOOR);
  });
});
