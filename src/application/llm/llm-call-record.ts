import type { LlmMessage, LlmUsage } from "../ports/llm.js";

/** One model call as it should be audited: exactly what left the process, and what came of it. */
export interface LlmCallRecord {
  purpose: "understand" | "phrase";
  /** The redacted messages sent (empty when the call was skipped). */
  sent: LlmMessage[];
  usage: LlmUsage;
  latencyMs: number;
  /** ok: used; rejected: answer refused (bad tool call, ungrounded text); failed: error or timeout. */
  outcome: "ok" | "rejected" | "failed" | "skipped";
  reason?: string;
}

/** Receives every call record; awaited so audit rows exist before the turn is answered. */
export type LlmCallSink = (record: LlmCallRecord) => void | Promise<void>;

/** A sink must never break a turn: its failures are swallowed (the caller logs them). */
export async function report(sink: LlmCallSink | undefined, record: LlmCallRecord): Promise<void> {
  if (!sink) return;
  try {
    await sink(record);
  } catch {
    // Auditing is best effort here; the sink logs its own failures.
  }
}
