import type { DialogOutcome, DialogRunner, EvalDialog } from "../llm/dialog-eval.js";
import type { Clock } from "../ports/clock.js";
import type { ConversationAgent } from "../ports/conversation-agent.js";
import type { EventBus } from "../ports/event-bus.js";
import type { IdGenerator } from "../ports/id-generator.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";
import { createConversationDeps } from "../use-cases/conversations/conversation-deps.js";
import { openConversation } from "../use-cases/conversations/open-conversation.js";
import { postCustomerMessage } from "../use-cases/conversations/post-customer-message.js";

/** What replaying one dialog needs: a freshly seeded store and an agent built on it. */
export interface DialogEvalEnvironment {
  store: Store;
  agent: ConversationAgent;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  eventBus: EventBus;
  dispose(): Promise<void>;
}

/**
 * A `DialogRunner` for `kefu eval dialogs`: every dialog runs on a fresh environment through the real
 * conversation use cases, and the outcome is read back from the store (order statuses, requests, handoffs).
 */
export function createDialogEvalRunner(
  environment: (mode: "local" | "llm") => Promise<DialogEvalEnvironment>,
): DialogRunner {
  return async (dialog: EvalDialog, mode): Promise<DialogOutcome> => {
    const env = await environment(mode);
    try {
      const deps = createConversationDeps({
        store: env.store,
        clock: env.clock,
        ids: env.ids,
        logger: env.logger,
        eventBus: env.eventBus,
        agent: env.agent,
      });
      const opened = await openConversation(deps, { channel: "widget", locale: dialog.locale });
      const replies: string[] = [];
      for (const [i, text] of dialog.turns.entries()) {
        const result = await postCustomerMessage(deps, {
          conversationId: opened.conversation.id,
          text,
          clientMessageId: `eval-${i}`,
        });
        replies.push(...result.replies.map((m) => m.text));
      }
      const orderStatus: Record<string, string> = {};
      for (const order of await env.store.orders.all()) orderStatus[order.id] = order.status;
      const requests: Record<string, string[]> = {};
      for (const orderId of Object.keys(dialog.expect.requests ?? {})) {
        requests[orderId] = (await env.store.afterSales.listByOrder(orderId)).map((r) => r.kind);
      }
      const handoffs = await env.store.handoffs.listByConversation(opened.conversation.id);
      return { replies, orderStatus, requests, handoff: handoffs.length > 0 };
    } finally {
      await env.dispose();
    }
  };
}
