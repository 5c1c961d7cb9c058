import {
  type CannedVariable,
  isCannedVariable,
  type VariableUse,
  variableUses,
} from "../../../src/contract/canned-replies.js";

/** The values the console knows for the open conversation; an absent key is unavailable. */
export type CannedValues = Partial<Record<CannedVariable, string>>;

/** A canned reply filled for one conversation. */
export interface FilledReply {
  text: string;
  /** Placeholders left in `text` because their value is unknown; the agent types over them before sending. */
  unfilled: VariableUse[];
}

/**
 * Replaces each known variable that has a value. A variable without one (no verified customer, no
 * order, a carrier without a tracking page) stays as `{name}` in the text, so the agent sees what is
 * missing; `unfilledVariables` then holds the reply back until it is replaced.
 */
export function fillCannedReply(body: string, values: CannedValues): FilledReply {
  let text = "";
  let from = 0;
  for (const use of variableUses(body)) {
    const value = isCannedVariable(use.name) ? values[use.name]?.trim() : undefined;
    text += body.slice(from, use.start) + (value || body.slice(use.start, use.end));
    from = use.end;
  }
  text += body.slice(from);
  return { text, unfilled: unfilledVariables(text) };
}

/** Canned-variable placeholders still in a draft: the console does not send a reply holding one. */
export function unfilledVariables(text: string): VariableUse[] {
  return variableUses(text).filter((u) => isCannedVariable(u.name));
}
