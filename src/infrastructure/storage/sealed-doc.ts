import type { z } from "zod";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import { fromDoc, toDoc } from "./json-doc.js";

/** Tables whose `doc` holds personal data (contact, addresses, payment, free text) and is stored encrypted, with their key column. */
export const SEALED_KEY_COLUMNS = {
  customers: "id",
  orders: "id",
  after_sales_requests: "id",
  conversations: "id",
  messages: "id",
  handoffs: "id",
  audit_events: "id",
  channel_threads: "conversation_id",
  webhook_deliveries: "id",
  // An endpoint's signing secret is a credential: sealed like the platform and channel connections.
  webhook_endpoints: "id",
} as const;
export type SealedTable = keyof typeof SEALED_KEY_COLUMNS;
export const SEALED_TABLES = Object.keys(SEALED_KEY_COLUMNS).filter((t): t is SealedTable => t in SEALED_KEY_COLUMNS);

/** Authenticated context of a row's doc: a ciphertext copied to another row or table fails to open. */
export function docContext(table: SealedTable, id: string): string {
  return `${table}/${id}`;
}

/** Serialises and encrypts an entity for its `doc` column. */
export function sealDoc(cipher: FieldCipher, table: SealedTable, id: string, value: unknown): string {
  return sealDocText(cipher, table, id, toDoc(value));
}

/** Seals a doc already serialised (its JSON text), for a caller that keeps the text too. */
export function sealDocText(cipher: FieldCipher, table: SealedTable, id: string, json: string): string {
  return cipher.encrypt(json, docContext(table, id));
}

/** The JSON text of a stored doc; legacy plain rows (before the first start with a key) read as they are. */
export function openDocText(cipher: FieldCipher, table: SealedTable, row: { id: string; doc: string }): string {
  return cipher.isEncrypted(row.doc) ? cipher.decrypt(row.doc, docContext(table, row.id)) : row.doc;
}

/** Decrypts and parses a stored doc through the domain schema. */
export function openDoc<S extends z.ZodType>(
  cipher: FieldCipher,
  schema: S,
  table: SealedTable,
  row: { id: string; doc: string },
  what: string,
): z.infer<S> {
  return fromDoc(schema, openDocText(cipher, table, row), what);
}
