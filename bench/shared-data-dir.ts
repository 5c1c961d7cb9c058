// Where the shared research data lives: KEFU_SHARED_DATA, ../shared/data next to the repo, or /work/shared/data.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const CANDIDATES = [process.env.KEFU_SHARED_DATA, join(repoRoot, "..", "shared", "data"), "/work/shared/data"];

/** The first candidate folder that exists (a CI checkout may not sit next to ../shared). */
export const SHARED_DATA: string =
  CANDIDATES.find((dir): dir is string => dir !== undefined && dir !== "" && existsSync(dir)) ??
  join(repoRoot, "..", "shared", "data");

/** Absolute path of a file or folder under the shared data directory; throws if it is missing. */
export function sharedDataPath(...parts: string[]): string {
  const path = join(SHARED_DATA, ...parts);
  if (!existsSync(path)) throw new Error(`shared data not found: ${path} (set KEFU_SHARED_DATA)`);
  return path;
}
