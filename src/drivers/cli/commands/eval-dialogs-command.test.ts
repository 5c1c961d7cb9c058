import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DialogEvalEnvironmentFactory } from "../../../application/evals/dialog-eval-environment.js";
import type { ConversationAgent } from "../../../application/ports/conversation-agent.js";
import { createLocalEventBus } from "../../../infrastructure/realtime/event-bus-local.js";
import { createStore } from "../../../infrastructure/storage/create-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { sequentialIds } from "../../../infrastructure/system/random-ids.js";
import { fixedClock } from "../../../infrastructure/system/system-clock.js";
import { registerEvalDialogsCommand } from "./eval-dialogs-command.js";

afterEach(() => vi.restoreAllMocks());

/** A bot that repeats what it heard: "flaky" answers only its first conversation correctly. */
function echoEnvironment(heard: string[]): DialogEvalEnvironmentFactory {
  let conversations = 0;
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "kefu-eval-cmd-"));
    const store = await createStore({ sqlitePath: join(dir, "kefu.db"), logger: silentLogger });
    const run = ++conversations;
    const agent: ConversationAgent = {
      greet: async () => [],
      reply: async ({ conversation, message }) => {
        heard.push(message.text);
        const text = message.text === "flaky" && run > 1 ? "something else" : `you said ${message.text}`;
        return { conversation, messages: [{ text }] };
      },
    };
    const eventBus = createLocalEventBus(silentLogger);
    return {
      store,
      agent,
      clock: fixedClock("2026-11-23T10:00:00.000Z"),
      ids: sequentialIds(),
      logger: silentLogger,
      eventBus,
      async dispose() {
        await eventBus.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

const dialog = (id: string, turns: unknown[], fact: string) => ({
  id,
  locale: "en",
  turns,
  expect: { replyFacts: [fact], language: "en", unchanged: true },
});

function dialogsDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "kefu-dialogs-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

async function run(args: string[], heard: string[] = []): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((s: string) => void lines.push(s));
  const program = new Command().exitOverride();
  registerEvalDialogsCommand(program, echoEnvironment(heard));
  await program.parseAsync(["eval", "dialogs", ...args], { from: "user" });
  return lines;
}

describe("kefu eval dialogs", () => {
  const dir = dialogsDir({
    "steady.json": { dialogs: [dialog("steady", [["hello", "hi there"]], "you said h")] },
    "flaky.json": { theme: "shaky", dialogs: [dialog("flaky", ["flaky"], "you said flaky")] },
  });

  it("runs every file of a directory k times, with paraphrase i mod n, and reports pass^1 and pass^k by theme", async () => {
    const heard: string[] = [];
    const lines = await run([dir, "--k", "3"], heard);
    expect(heard).toEqual(["flaky", "flaky", "flaky", "hello", "hi there", "hello"]);
    expect(lines).toContain('✗ shaky/flaky (run 2, first failure at end state): no reply says "you said flaky"');
    expect(lines).toContain("theme shaky: 1 dialogs  pass^1 33.3%  pass^3 0.0%");
    expect(lines).toContain("theme steady: 1 dialogs  pass^1 100.0%  pass^3 100.0%");
    expect(lines.at(-1)).toBe("overall: pass^1 66.7%  pass^3 50.0%");
  });

  it("prints the whole report as JSON with --json", async () => {
    const lines = await run([join(dir, "steady.json"), "--json"]);
    const report: unknown = JSON.parse(lines.join("\n"));
    expect(report).toMatchObject({
      k: 1,
      overall: { dialogs: 1, pass1: 1, passK: 1 },
      themes: { steady: { dialogs: 1 } },
      dialogs: [{ id: "steady", theme: "steady", runs: [true] }],
    });
  });

  it("names the failing turn when a turn's reply is wrong", async () => {
    const file = dialogsDir({
      "t.json": {
        dialogs: [{ id: "t", locale: "en", turns: ["a", { say: "b", reply: { contains: ["nope"] } }], expect: {} }],
      },
    });
    const lines = await run([file, "--transcripts"]);
    expect(lines.slice(0, 5)).toEqual([
      '✗ t/t (run 1, first failure at turn 2 ("b")): turn 2: reply lacks "nope"',
      "    > a",
      "    < you said a",
      "    > b",
      "    < you said b",
    ]);
    expect(lines.at(-1)).toBe("overall: pass^1 0.0%");
  });

  it.each([
    [["/no/such/dir"], "There is no dialog file or directory at /no/such/dir."],
    [[dialogsDir({ "x.txt": "" })], "holds no .json dialog files"],
    [[join(dialogsDir({ "bad.json": "{ not json" }), "bad.json")], "bad.json is not valid JSON"],
    [[join(dialogsDir({ "e.json": { dialogs: [] } }), "e.json")], "e.json is invalid: dialogs"],
    [
      [join(dialogsDir({ "u.json": { dialogs: [{ id: "u", locale: "fr", turns: ["x"], expect: {} }] } }), "u.json")],
      "u.json is invalid: dialogs.0.locale",
    ],
    [
      [
        dialogsDir({
          "a.json": { dialogs: [dialog("same", ["x"], "x")] },
          "b.json": { dialogs: [dialog("same", ["y"], "y")] },
        }),
      ],
      "Dialog id same is used twice",
    ],
    [[dir, "--k", "0"], "--k must be a whole number from 1 to 100, not 0."],
    [[dir, "--k", "two"], "--k must be a whole number from 1 to 100, not two."],
    [[dir, "--mode", "gpt"], "--mode must be local or llm, not gpt"],
  ])("refuses bad input %j with a sentence", async (args, message) => {
    await expect(run(args)).rejects.toThrow(message);
  });
});
