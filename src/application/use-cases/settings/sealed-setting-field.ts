import type { z } from "zod";
import { parseJson } from "../../../domain/parse-json.js";
import type { FieldCipher } from "../../ports/field-cipher.js";

/** Authenticated with the setting's key, so a sealed field cannot be pasted into another setting. */
const contextOf = (settingKey: string) => `settings/${settingKey}`;

/** Seals a value (credentials) for a field of the setting `settingKey`. */
export function sealSettingField(cipher: FieldCipher, settingKey: string, value: unknown): string {
  return cipher.encrypt(JSON.stringify(value), contextOf(settingKey));
}

/** Opens a field sealed by sealSettingField and parses it through `schema`. */
export function openSettingField<S extends z.ZodType>(
  cipher: FieldCipher,
  settingKey: string,
  sealed: string,
  schema: S,
  what: string,
): z.infer<S> {
  return parseJson(schema, cipher.decrypt(sealed, contextOf(settingKey)), what);
}
