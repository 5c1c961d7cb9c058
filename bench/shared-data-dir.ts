// Where the shared research data lives: ../shared/data from the repo root, or KEFU_SHARED_DATA.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Absolute path of a file or folder under the shared data directory; throws if it is missing. */
export function sharedDataPath(...parts: string[]): string {
  const base = process.env.KEFU_SHARED_DATA ?? join(repoRoot, "..", "shared", "data");
  const path = join(base, ...parts);
  if (!existsSync(path)) throw new Error(`shared data not found: ${path} (set KEFU_SHARED_DATA)`);
  return path;
}
