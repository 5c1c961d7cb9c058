import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getConversationLlmUsage } from "../../../application/llm/get-conversation-llm-usage.js";
import type { Store } from "../../../application/ports/store.js";
import { requireConversation } from "../../../application/use-cases/conversations/conversation-helpers.js";
import { requireStaff } from "../auth/guards.js";
import { LlmUsageResponse } from "../insights-responses.js";
import { IdParams } from "../schemas.js";

/** `GET /conversations/:id/llm-usage`: the conversation's model tokens, cost and latency (staff). */
export function llmUsageRoutes(deps: { store: Store }): FastifyPluginAsync {
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      "/conversations/:id/llm-usage",
      {
        schema: {
          tags: ["conversations"],
          summary: "LLM calls, tokens, cost (USD) and latency of one conversation, from the audit log",
          params: IdParams,
          response: { 200: LlmUsageResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        await requireConversation(deps.store, request.params.id);
        return getConversationLlmUsage(deps.store.audit, request.params.id);
      },
    );
  };
}
