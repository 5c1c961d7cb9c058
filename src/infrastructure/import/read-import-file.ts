import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { parseJson } from "../../domain/parse-json.js";
import { convertTau2Db } from "./convert-tau2-db.js";
import { detectImportFormat } from "./detect-import-format.js";
import type { ImportFormat, ImportSource } from "./import-source.js";
import { readOrdersCsv } from "./read-orders-csv.js";
import { readProductsCsv } from "./read-products-csv.js";

/** Reads the text of an import in `format`; JSON is validated later, record by record, by importShop. */
export function readImportText(text: string, format: ImportFormat): ImportSource {
  if (format === "csv-products") return readProductsCsv(text);
  if (format === "csv-orders") return readOrdersCsv(text);
  // Only "is it JSON" here: the records are checked one by one, so every bad row gets reported.
  const value = parseJson(z.unknown(), text, "the import file");
  if (format === "kefu") return { format, doc: value, errors: [] };
  const { doc, errors } = convertTau2Db(value);
  return { format, doc, errors };
}

/** Reads an import file, detecting its format from the name and content unless one is given. */
export async function readImportFile(path: string, format?: ImportFormat): Promise<ImportSource> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new KefuError("NOT_FOUND", `cannot read ${path}`, { cause });
  }
  const chosen = format ?? detectImportFormat(basename(path), text);
  if (!chosen) {
    throw new KefuError(
      "IMPORT_INVALID",
      `cannot tell the format of ${basename(path)}; pass --format kefu|tau2|csv-products|csv-orders`,
    );
  }
  return readImportText(text, chosen);
}
