import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DialogRunner } from "../../../application/llm/dialog-eval.js";
import { registerEvalDialogsCommand } from "./eval-dialogs-command.js";

afterEach(() => vi.restoreAllMocks());

function dialogsFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), "kefu-dialogs-")), "d.json");
  const dialog = (id: string, handoff: boolean) => ({ id, locale: "en", turns: ["hi"], expect: { handoff } });
  writeFileSync(file, JSON.stringify({ dialogs: [dialog("steady", false), dialog("flaky", true)] }));
  return file;
}

describe("kefu eval dialogs", () => {
  it("replays each dialog k times and prints pass rate and pass^k", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((s: string) => void lines.push(s));
    let calls = 0;
    // "flaky" hands off only on its first run: pass rate 75%, but pass^2 drops to 50%.
    const runner: DialogRunner = async (dialog) => ({
      replies: [],
      orderStatus: {},
      handoff: dialog.id === "flaky" ? calls++ === 0 : false,
    });
    const program = new Command().exitOverride();
    registerEvalDialogsCommand(program, runner);
    await program.parseAsync(["eval", "dialogs", dialogsFile(), "--repeats", "2"], { from: "user" });
    expect(lines).toContain("✗ flaky (run 2): handoff: expected true");
    expect(lines.at(-1)).toBe("pass rate: 75.0%  pass^2: 50.0%");
  });

  it("accepts --repeat as an alias and passes the mode to the runner", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const modes: string[] = [];
    const runner: DialogRunner = async (_d, mode) => {
      modes.push(mode);
      return { replies: [], orderStatus: {}, handoff: false };
    };
    const program = new Command().exitOverride();
    registerEvalDialogsCommand(program, runner);
    await program.parseAsync(["eval", "dialogs", dialogsFile(), "--mode", "llm", "--repeat", "3"], { from: "user" });
    expect(modes).toEqual(Array(6).fill("llm"));
  });

  it("refuses an unknown mode instead of silently running local", async () => {
    const runner: DialogRunner = async () => ({ replies: [], orderStatus: {}, handoff: false });
    const program = new Command().exitOverride();
    registerEvalDialogsCommand(program, runner);
    const run = program.parseAsync(["eval", "dialogs", dialogsFile(), "--mode", "gpt"], { from: "user" });
    await expect(run).rejects.toThrow("--mode must be local or llm, not gpt");
  });
});
