import type { Conversation } from "../../../domain/conversation/conversation.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseCsatReply } from "../../../domain/followups/csat-reply.js";
import type { ConversationDeps } from "../conversations/conversation-deps.js";
import { submitCsat } from "../conversations/submit-csat.js";

/**
 * Records a CSAT answer: a rating from the widget's survey buttons, or a chat reply to a
 * follow-up survey ("5", "四星", "★★★★"). Returns undefined when the text holds no rating, so the
 * caller can treat it as an ordinary message.
 */
export async function recordCsat(
  deps: ConversationDeps,
  input: { conversationId: string; rating?: number; text?: string; comment?: string },
): Promise<Conversation | undefined> {
  const rating = input.rating ?? (input.text === undefined ? undefined : parseCsatReply(input.text));
  if (rating === undefined) return undefined;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new KefuError("VALIDATION_FAILED", "a CSAT rating is a whole number from 1 to 5");
  }
  return submitCsat(deps, {
    conversationId: input.conversationId,
    rating,
    ...(input.comment ? { comment: input.comment } : {}),
  });
}
