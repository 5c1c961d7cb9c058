import type { FieldCipher } from "../../application/ports/field-cipher.js";
import { type DatabaseTarget, openDatabase } from "./open-database.js";
import { countRowsByKey, type ResealProgress, resealRows } from "./reseal-rows.js";
import { runMigrations } from "./run-migrations.js";
import { sealPlaintextRows } from "./seal-plaintext-rows.js";

export interface ResealStoreResult {
  resealed: number;
  /** Rows per key id (or "plaintext") once done; only the current key when the rotation is complete. */
  rowsByKey: Map<string, number>;
}

/**
 * The data step of a key rotation: every sealed row moves to the cipher's current key and the
 * customers' blind indexes are rebuilt. Safe to interrupt and run again.
 */
export async function resealStore(
  target: DatabaseTarget & { cipher: FieldCipher },
  onProgress?: (progress: ResealProgress) => void,
): Promise<ResealStoreResult> {
  const { db, dialect, close } = openDatabase(target);
  try {
    await runMigrations(db, target.logger, dialect);
    await sealPlaintextRows(db, target.cipher, target.logger, dialect);
    const { resealed } = await resealRows(db, target.cipher, {
      scope: "not-current",
      dialect,
      ...(onProgress ? { onProgress } : {}),
    });
    return { resealed, rowsByKey: await countRowsByKey(db, target.cipher) };
  } finally {
    await close();
  }
}

/** Rows per key id in the sealed tables, for `kefu keys status`. */
export async function storeRowsByKey(target: DatabaseTarget & { cipher: FieldCipher }): Promise<Map<string, number>> {
  const { db, dialect, close } = openDatabase(target);
  try {
    await runMigrations(db, target.logger, dialect);
    return await countRowsByKey(db, target.cipher);
  } finally {
    await close();
  }
}
