import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createDialogEvalRunner } from "../../src/application/agent/dialog-eval-runner.js";
import { checkOutcome, EvalDialogFile } from "../../src/application/llm/dialog-eval.js";
import { parseJson } from "../../src/domain/parse-json.js";
import { removeFixtureNlu } from "./fixtures/conversation-harness.js";
import { demoShopEnvironment } from "./fixtures/demo-shop-environment.js";

function load(path: string) {
  return parseJson(EvalDialogFile, readFileSync(new URL(path, import.meta.url), "utf8"), path).dialogs;
}

/** Replays scripted dialogs through the real conversation use cases on the seeded demo shop. */
describe("scripted dialog replay (local mode, demo shop)", () => {
  afterAll(() => removeFixtureNlu());

  const runner = createDialogEvalRunner(() => demoShopEnvironment());

  it.each(load("../../resources/dialogs/after-sales.json").map((d) => [d.id, d] as const))(
    "resources/dialogs/after-sales.json: %s",
    async (_id, dialog) => {
      const outcome = await runner(dialog, "local");
      expect(checkOutcome(dialog, outcome), outcome.replies.join("\n---\n")).toEqual([]);
    },
  );

  it.each(load("./fixtures/demo-dialogs.json").map((d) => [d.id, d] as const))(
    "demo-dialogs.json: %s",
    async (_id, dialog) => {
      const outcome = await runner(dialog, "local");
      expect(checkOutcome(dialog, outcome), outcome.replies.join("\n---\n")).toEqual([]);
    },
  );
});
