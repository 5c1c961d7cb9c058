import type { Command } from "commander";
import { createAesGcmFieldCipher } from "../../../infrastructure/security/aes-gcm-field-cipher.js";
import { generateDataKey, writeKeyFile } from "../../../infrastructure/security/data-keyring.js";
import { resealStore, storeRowsByKey } from "../../../infrastructure/storage/reseal-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { loadConfig } from "../../config/load-config.js";
import { loadConfiguredKeyring } from "../../config/open-field-cipher.js";
import { processIo, type ShopDataIo } from "./shop-data-io.js";

function describeCounts(counts: Map<string, number>, currentId: string): string[] {
  if (counts.size === 0) return ["  no rows yet"];
  return [...counts].map(
    ([id, n]) =>
      `  ${id === "plaintext" ? "plain text" : `key ${id}`}: ${n} rows${id === currentId ? " (current)" : ""}`,
  );
}

/**
 * `kefu keys rotate`: adds a new data key to the key file (the old ones stay), re-encrypts every
 * sealed row and rebuilds blind indexes under it, then retires the old keys. An interrupted run
 * resumes: while the file holds more than one key, no new key is made.
 */
export async function rotateDataKey(io: ShopDataIo): Promise<void> {
  const config = loadConfig(io.env);
  let ring = await loadConfiguredKeyring(config);
  if (ring.file && ring.keys.length === 1) {
    const fresh = generateDataKey();
    await writeKeyFile(ring.file, [fresh, ...ring.keys]);
    ring = { ...ring, keys: [fresh, ...ring.keys] };
    io.err(`new data key ${fresh.id} added to ${ring.file}; old key kept until the rotation completes\n`);
  } else if (ring.file) {
    io.err(`resuming the rotation to data key ${ring.keys[0]?.id}\n`);
  } else if (ring.keys.length === 1) {
    io.err(
      "KEFU_DATA_KEY holds one key. To rotate, set KEFU_DATA_KEY=<new>,<old> and run this again; a fresh key:\n" +
        `${generateDataKey().secret.toString("base64")}\n`,
    );
    io.exitCode = 1;
    return;
  }
  const cipher = createAesGcmFieldCipher(ring.keys);
  const target = { databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, logger: silentLogger, cipher };
  const { resealed, rowsByKey } = await resealStore(target, ({ table, done, total }) =>
    io.err(`re-encrypting ${table}: ${done}/${total}\n`),
  );
  const left = [...rowsByKey].filter(([id]) => id !== cipher.currentKeyId).reduce((sum, [, n]) => sum + n, 0);
  if (left > 0) {
    io.err(`${left} rows are still under other keys (written meanwhile?): run \`kefu keys rotate\` again\n`);
    io.exitCode = 1;
    return;
  }
  const retired = ring.keys.slice(1).map((k) => k.id);
  if (ring.file) await writeKeyFile(ring.file, ring.keys.slice(0, 1));
  io.out(`rotation complete: ${resealed} rows re-encrypted under data key ${cipher.currentKeyId}\n`);
  if (retired.length > 0) {
    io.out(
      ring.file
        ? `retired keys ${retired.join(", ")} (removed from ${ring.file})\n`
        : `remove the old keys (${retired.join(", ")}) from KEFU_DATA_KEY now\n`,
    );
  }
}

/** `kefu keys status`: which keys the stored rows are sealed with. */
export async function dataKeyStatus(io: ShopDataIo): Promise<void> {
  const config = loadConfig(io.env);
  const ring = await loadConfiguredKeyring(config);
  const cipher = createAesGcmFieldCipher(ring.keys);
  const counts = await storeRowsByKey({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    logger: silentLogger,
    cipher,
  });
  io.out(
    `data keys: ${ring.keys.map((k) => k.id).join(", ")} (current ${cipher.currentKeyId}) from ${ring.file ?? "KEFU_DATA_KEY"}\n`,
  );
  for (const line of describeCounts(counts, cipher.currentKeyId)) io.out(`${line}\n`);
}

/** `kefu keys rotate` and `kefu keys status`. */
export function registerKeysCommand(program: Command, io: ShopDataIo = processIo()): void {
  const keys = program.command("keys").description("data keys that encrypt personal data at rest");
  keys
    .command("rotate")
    .description("re-encrypt all personal data under a new data key, then retire the old one (resumable)")
    .action(() => rotateDataKey(io));
  keys
    .command("status")
    .description("show the configured data keys and how many rows each one sealed")
    .action(() => dataKeyStatus(io));
}
