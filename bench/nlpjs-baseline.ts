// NLP.js (node-nlp) as the intent baseline, loaded through createRequire and narrowed, since it ships no types.
import { createRequire } from "node:module";

/** The part of NlpManager the benchmark uses. */
export interface NlpManagerLike {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<{ intent?: unknown }>;
}

type NlpManagerCtor = new (options: Record<string, unknown>) => NlpManagerLike;

function hasNlpManager(value: unknown): value is { NlpManager: NlpManagerCtor } {
  return typeof value === "object" && value !== null && "NlpManager" in value && typeof value.NlpManager === "function";
}

/** A fresh English NlpManager with NER and logging off (intent classification only). */
export function createNlpManager(): NlpManagerLike {
  const mod: unknown = createRequire(import.meta.url)("node-nlp");
  if (!hasNlpManager(mod)) throw new Error("node-nlp does not export NlpManager");
  return new mod.NlpManager({
    languages: ["en"],
    forceNER: false,
    autoSave: false,
    nlu: { log: false },
    ner: { builtins: [] },
  });
}
