import type { ShopperMessage } from "../../../../src/contract/entities.js";

/** Union by seq, in seq order: replays and live frames may overlap. */
export function mergeMessages(current: ShopperMessage[], incoming: ShopperMessage[]): ShopperMessage[] {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Highest seq seen, 0 for none. */
export function lastSeqOf(messages: ShopperMessage[]): number {
  return messages.reduce((max, m) => Math.max(max, m.seq), 0);
}
