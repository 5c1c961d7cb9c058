/**
 * Readers for the loosely typed `explanation` the bot stores on messages. The agent runtime
 * may store sentiment as a number or as { score, label }, and the intent as a string or as
 * { name | label | intent }; anything else is ignored rather than guessed.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Sentiment score in [-1, 1] from an explanation, if present. */
export function explanationSentiment(explanation: Record<string, unknown> | undefined): number | undefined {
  const raw = explanation?.sentiment;
  const score = isRecord(raw) ? raw.score : raw;
  if (typeof score !== "number" || !Number.isFinite(score)) return undefined;
  return Math.max(-1, Math.min(1, score));
}

/** Intent name from an explanation, if present. */
export function explanationIntent(explanation: Record<string, unknown> | undefined): string | undefined {
  const raw = explanation?.intent;
  if (typeof raw === "string") return raw || undefined;
  if (!isRecord(raw)) return undefined;
  for (const key of ["name", "label", "intent"]) {
    const value = raw[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}
