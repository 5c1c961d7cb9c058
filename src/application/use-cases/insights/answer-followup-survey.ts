import type { Conversation } from "../../../domain/conversation/conversation.js";
import { parseCsatReply } from "../../../domain/followups/csat-reply.js";
import type { ConversationDeps } from "../conversations/conversation-deps.js";
import { recordCsat } from "./record-csat.js";

/**
 * Call with each shopper chat message before the bot answers it: when the last bot message is
 * a follow-up asking for a rating and the text is one ("5", "四星", "★★★★"), the rating is
 * recorded and the conversation returned, so the caller can thank the shopper instead of running
 * the dialog. Anything else returns undefined and the message is handled as usual.
 */
export async function answerFollowupSurvey(
  deps: ConversationDeps,
  input: { conversationId: string; text: string },
): Promise<Conversation | undefined> {
  // Most messages hold no rating: answer that without reading the conversation.
  if (parseCsatReply(input.text) === undefined) return undefined;
  const conversation = await deps.store.conversations.get(input.conversationId);
  if (!conversation || conversation.csat !== undefined) return undefined;
  const recent = await deps.store.messages.listSince(input.conversationId, Math.max(0, conversation.lastSeq - 10));
  const lastBot = recent.filter((m) => m.author === "bot").at(-1);
  if (lastBot?.payload.kind !== "followup" || lastBot.payload.csatSurvey === undefined) return undefined;
  return recordCsat(deps, { conversationId: input.conversationId, text: input.text });
}
