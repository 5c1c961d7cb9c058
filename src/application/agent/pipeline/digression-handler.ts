import { looksLikeGeneralQuestion } from "../../../domain/dialog/parse-reply.js";
import { questionTopic } from "../../../domain/dialog/question-topics.js";
import { advanceFlow } from "../advance-flow.js";
import { answerQuestion } from "../answer-question.js";
import { pickedChoices } from "../choices.js";
import type { TurnHandler } from "./turn-handler.js";

/**
 * A question asked in passing ("how many days do I have to return something?", "退货期限是几天",
 * "what's my gift card balance?") is answered, then the pending step is asked again.
 */
export const handleDigression: TurnHandler = async (ctx) => {
  if (pickedChoices(ctx).length > 0) return false;
  const topic = questionTopic(ctx.text) ?? (looksLikeGeneralQuestion(ctx.text) ? "general" : undefined);
  if (!topic) return false;
  if (!(await answerQuestion(ctx, topic))) return false;
  if (ctx.state.active) await advanceFlow(ctx);
  return true;
};
