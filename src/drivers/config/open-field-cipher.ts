import { dirname } from "node:path";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import { createAesGcmFieldCipher } from "../../infrastructure/security/aes-gcm-field-cipher.js";
import { type DataKeyring, type DataKeySource, loadDataKeyring } from "../../infrastructure/security/data-keyring.js";
import type { KefuConfig } from "./load-config.js";

type KeyConfig = Pick<KefuConfig, "dataKey" | "databaseUrl" | "sqlitePath" | "dataDir">;

/** The configured key source; the default key file sits next to the SQLite file it protects (or in the data dir for PostgreSQL). */
export function dataKeySource(config: KeyConfig): DataKeySource {
  return {
    key: config.dataKey.key,
    keyFile: config.dataKey.keyFile,
    defaultDir: config.databaseUrl ? config.dataDir : dirname(config.sqlitePath),
  };
}

export async function loadConfiguredKeyring(config: KeyConfig): Promise<DataKeyring> {
  return loadDataKeyring(dataKeySource(config));
}

/** The field cipher every store opened by a driver uses. */
export async function openFieldCipher(config: KeyConfig): Promise<FieldCipher> {
  return createAesGcmFieldCipher((await loadConfiguredKeyring(config)).keys);
}
