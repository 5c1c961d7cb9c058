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

/** Pipeline handlers that take the message as the answer to the bot's own question, not as a request. */
const ANSWER_HANDLERS = new Set(["identity", "confirmation", "slot-answer", "pending-offer", "correction"]);

/**
 * True when the turn was an answer (name and zip code, a button value, "yes") to a question the
 * bot was asking: its NLU label, often `out_of_scope`, says nothing about what the shopper wants.
 */
export function isAnswerTurn(explanation: Record<string, unknown> | undefined): boolean {
  const handler = explanation?.handler;
  if (typeof handler === "string") return ANSWER_HANDLERS.has(handler);
  // Explanations stored before the handler was recorded: an out-of-scope label while awaiting an answer.
  const awaiting = explanation?.awaiting;
  return awaiting !== undefined && awaiting !== null && explanationIntent(explanation) === "out_of_scope";
}
