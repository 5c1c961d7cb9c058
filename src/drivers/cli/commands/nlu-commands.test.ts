import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { registerNluCommands } from "./nlu-commands.js";
import { runEvalCommand } from "./nlu-eval-command.js";
import { runPredictCommand } from "./nlu-predict-command.js";
import { runTrainCommand } from "./nlu-train-command.js";

const positive = ["great product", "love it", "非常满意", "质量很好", "fast delivery, thanks", "超级喜欢"];
const negative = ["terrible quality", "broke in a day", "太差了", "很失望", "never buying again", "质量很差"];
const rows = [...positive.map((t) => ({ review: t, stars: 1 })), ...negative.map((t) => ({ review: t, stars: 0 }))];

let dir: string;
let dataFile: string;
let modelDir: string;

function capture(): { lines: string[]; print: (line: string) => void } {
  const lines: string[] = [];
  return { lines, print: (line) => lines.push(line) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kefu-cli-nlu-"));
  dataFile = join(dir, "train.jsonl");
  const many = Array.from({ length: 5 }, (_, i) =>
    rows.map((r) => ({ ...r, review: `${r.review}${"!".repeat(i)}` })),
  ).flat();
  writeFileSync(dataFile, `${many.map((r) => JSON.stringify(r)).join("\n")}\n`);
  modelDir = join(dir, "model");
  const out = capture();
  await runTrainCommand(
    "sentiment",
    { data: dataFile, out: modelDir, textField: "review", labelField: "stars", dev: dataFile, progress: false },
    out.print,
  );
  expect(out.lines.join("\n")).toMatch(/dev \(60\): accuracy \d+\.\d\d%/);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kefu predict", () => {
  it("writes one prediction per input line, in input order", async () => {
    const inputs = ["great product", "太差了", "", "love it", "很失望", "terrible quality"];
    const input = Readable.from(inputs.map((t) => (t === "" ? "\n" : `${JSON.stringify({ review: t })}\n`)));
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
    const written = await runPredictCommand({ model: modelDir, textField: "review" }, input, output);
    const lines = chunks.join("").trim().split("\n");
    expect(written).toBe(5);
    expect(lines.map((l) => JSON.parse(l).label)).toEqual(["1", "0", "1", "0", "0"]);
    for (const l of lines) expect(JSON.parse(l).confidence).toBeGreaterThan(0.5);
  });

  it("names the first bad line", async () => {
    const input = Readable.from(['{"review":"ok"}\n', "{not json\n"]);
    const error = await runPredictCommand({ model: modelDir, textField: "review" }, input, new PassThrough()).catch(
      (e: unknown) => e,
    );
    expect(KefuError.isInstance(error) && error.message).toMatch(/line 2/);
  });
});

describe("kefu eval", () => {
  it("prints accuracy, macro P/R/F1 and the confusion summary", async () => {
    const evalFile = join(dir, "eval.jsonl");
    writeFileSync(
      evalFile,
      ['{"review":"love it","stars":1}', '{"review":"太差了","stars":0}', '{"review":"质量很好","stars":0}'].join("\n"),
    );
    const out = capture();
    const evaluation = await runEvalCommand(
      { model: modelDir, data: evalFile, textField: "review", labelField: "stars" },
      out.print,
    );
    const text = out.lines.join("\n");
    expect(evaluation.report.accuracy).toBeCloseTo(2 / 3);
    expect(text).toContain("accuracy: 66.67%");
    expect(text).toMatch(/macro precision \/ recall \/ F1: [\d.]+% \/ [\d.]+% \/ [\d.]+%/);
    expect(text).toContain("0 → 1: 1");
  });
});

describe("registerNluCommands", () => {
  it("adds train/predict/eval subcommands and reports bad input as a KefuError", async () => {
    const program = new Command().exitOverride();
    program.command("eval").command("dialogs");
    registerNluCommands(program);
    const evalCmd = program.commands.find((c) => c.name() === "eval");
    expect(evalCmd?.commands.map((c) => c.name())).toEqual(["dialogs", "intent", "sentiment"]);
    const error = await program
      .parseAsync(["train", "intent", "--data", join(dir, "missing.jsonl"), "--out", join(dir, "x")], { from: "user" })
      .catch((e: unknown) => e);
    expect(KefuError.isInstance(error) && error.message).toMatch(/cannot read .*missing\.jsonl/);
  });

  it("reports a bad training line by number", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, '{"text":"a","label":"x"}\n{"text":"b"}\n');
    const error = await runTrainCommand("intent", {
      data: bad,
      out: join(dir, "y"),
      textField: "text",
      labelField: "label",
    }).catch((e: unknown) => e);
    expect(KefuError.isInstance(error) && error.message).toBe(`${bad} line 2 has no label field "label"`);
  });
});
