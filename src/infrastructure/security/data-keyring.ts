import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { type DataKey, dataKey } from "./aes-gcm-field-cipher.js";

/** Where the data keys come from; the first key is current, the others only open older rows. */
export interface DataKeySource {
  /** KEFU_DATA_KEY: one base64 key, or several separated by commas during a rotation. */
  key?: string | undefined;
  /** KEFU_DATA_KEY_FILE; when unset, `data.key` in `defaultDir`. */
  keyFile?: string | undefined;
  /** Folder of the default key file (the data dir). */
  defaultDir: string;
}

export interface DataKeyring {
  keys: DataKey[];
  /** The key file, when keys come from one (rotation writes there); undefined for KEFU_DATA_KEY. */
  file: string | undefined;
}

export const DEFAULT_KEY_FILE_NAME = "data.key";

function parseKeys(text: string, where: string): DataKey[] {
  const entries = text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"));
  if (entries.length === 0) throw new KefuError("DATA_KEY_INVALID", `${where} holds no data key`);
  const keys = entries.map((entry) => {
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(entry)) {
      throw new KefuError("DATA_KEY_INVALID", `${where} holds something that is not a base64 key`);
    }
    return dataKey(Buffer.from(entry, "base64"));
  });
  return keys.filter((k, i) => keys.findIndex((other) => other.id === k.id) === i);
}

function keyFileText(keys: readonly DataKey[]): string {
  const lines = keys.map((k) => k.secret.toString("base64"));
  return `# Kefu data keys (base64). First line: current key; others: kept until \`kefu keys rotate\` finishes.\n${lines.join("\n")}\n`;
}

function isMissing(err: unknown): boolean {
  return err instanceof Error && "code" in err && err.code === "ENOENT";
}

/** A new random 32-byte key. */
export function generateDataKey(): DataKey {
  return dataKey(randomBytes(32));
}

/**
 * Reads the data keys: KEFU_DATA_KEY when set, else the key file, generated (mode 600) on first
 * start like the widget secret, so an out-of-the-box install encrypts from its first row.
 */
export async function loadDataKeyring(source: DataKeySource): Promise<DataKeyring> {
  if (source.key) return { keys: parseKeys(source.key, "KEFU_DATA_KEY"), file: undefined };
  const file = source.keyFile ?? join(source.defaultDir, DEFAULT_KEY_FILE_NAME);
  try {
    return { keys: parseKeys(await readFile(file, "utf8"), file), file };
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const key = generateDataKey();
  try {
    // "wx" fails if another process created it first; then read theirs.
    await writeFile(file, keyFileText([key]), { mode: 0o600, flag: "wx" });
    return { keys: [key], file };
  } catch {
    return { keys: parseKeys(await readFile(file, "utf8"), file), file };
  }
}

/** Replaces the key file atomically (write aside, then rename), keeping mode 600. */
export async function writeKeyFile(file: string, keys: readonly DataKey[]): Promise<void> {
  const aside = `${file}.${process.pid}.tmp`;
  await writeFile(aside, keyFileText(keys), { mode: 0o600 });
  await rename(aside, file);
}
