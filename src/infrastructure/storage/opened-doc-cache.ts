/** Freezes a parsed doc all the way down, so a cached one can be handed to every reader. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

/**
 * Opened (decrypted and parsed) docs of rows that are never rewritten in place, by row id. An entry
 * is used only while the row's stored text is the very one it was opened from, so a resealed or
 * replaced row is opened again. Spares the AES-GCM and schema parse of every re-read message (a
 * turn re-reads the last ten as history). Starts over when full; values are frozen.
 */
export class OpenedDocCache<T> {
  readonly #entries = new Map<string, { stored: string; value: T }>();

  constructor(private readonly capacity: number) {}

  open(row: { id: string; doc: string }, parse: (row: { id: string; doc: string }) => T): T {
    const hit = this.#entries.get(row.id);
    if (hit && hit.stored === row.doc) return hit.value;
    return this.remember(row, parse(row));
  }

  /** Records a doc as written, so its first read needs no opening; returns it frozen. */
  remember(row: { id: string; doc: string }, value: T): T {
    const frozen = deepFreeze(value);
    if (this.#entries.size >= this.capacity) this.#entries.clear();
    this.#entries.set(row.id, { stored: row.doc, value: frozen });
    return frozen;
  }
}
