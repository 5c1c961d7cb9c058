import { parseChoicePositions } from "../../domain/dialog/parse-reply.js";
import { normalizeText } from "../../domain/nlu/normalize-text.js";
import type { TurnContext } from "./turn-context.js";

/**
 * Values of the offered quick replies the message picks: the reply's exact value or label, or
 * positions ("the second one", "第一个", "2"), or "all". Empty when it picks none.
 */
export function pickedChoices(ctx: TurnContext, text = ctx.text): string[] {
  const choices = ctx.state.choices;
  if (choices.length === 0) return [];
  const t = normalizeText(text).trim();
  const exact = choices.find((c) => normalizeText(c.value) === t || normalizeText(c.label) === t);
  if (exact) return [exact.value];
  // "2-piece, red, softshell" is the choice listed as "2-piece / red / softshell".
  const joined = (s: string) => normalizeText(s).replace(/[\s,/，、;；]+/g, "/");
  const sameWords = choices.filter((c) => joined(c.label) === joined(t));
  if (sameWords.length === 1 && sameWords[0]) return [sameWords[0].value];
  const mentioned = choices.filter((c) => c.value.length >= 4 && t.includes(normalizeText(c.value)));
  if (mentioned.length > 0) return mentioned.map((c) => c.value);
  const positions = parseChoicePositions(text);
  if (positions === "all") return choices.map((c) => c.value);
  return positions.flatMap((p) => {
    const choice = p === -1 ? choices.at(-1) : choices[p - 1];
    return choice ? [choice.value] : [];
  });
}
