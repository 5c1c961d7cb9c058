import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { EvalDialogFile } from "../../../application/evals/eval-dialog.js";
import type { ThemedDialog } from "../../../application/evals/run-dialog-evals.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseJson } from "../../../domain/parse-json.js";

/** The .json dialog files at `path`: the file itself, or every .json file of a directory in name order. */
function dialogFiles(path: string): string[] {
  if (!existsSync(path)) throw new KefuError("VALIDATION_FAILED", `There is no dialog file or directory at ${path}.`);
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(path, f));
  if (files.length === 0)
    throw new KefuError("VALIDATION_FAILED", `The directory ${path} holds no .json dialog files.`);
  return files;
}

/** Loads and validates dialog files; the theme is the file's `theme` or its name. Dialog ids must be unique. */
export function loadDialogFiles(path: string): ThemedDialog[] {
  const dialogs: ThemedDialog[] = [];
  const seen = new Map<string, string>();
  for (const file of dialogFiles(path)) {
    const parsed = parseJson(EvalDialogFile, readFileSync(file, "utf8"), file);
    const theme = parsed.theme ?? basename(file, ".json");
    for (const dialog of parsed.dialogs) {
      const other = seen.get(dialog.id);
      if (other)
        throw new KefuError("VALIDATION_FAILED", `Dialog id ${dialog.id} is used twice (${other} and ${file}).`);
      seen.set(dialog.id, file);
      dialogs.push({ theme, dialog });
    }
  }
  return dialogs;
}
