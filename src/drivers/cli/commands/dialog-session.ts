import type { UsageLedger } from "../../../application/llm/usage-ledger.js";
import type { LanguageModel } from "../../../application/ports/llm.js";
import type { Store } from "../../../application/ports/store.js";
import { createConversationDeps } from "../../../application/use-cases/conversations/conversation-deps.js";
import { openConversation } from "../../../application/use-cases/conversations/open-conversation.js";
import { postCustomerMessage } from "../../../application/use-cases/conversations/post-customer-message.js";
import {
  loadIdentitySettings,
  saveIdentitySettings,
} from "../../../application/use-cases/identity/identity-settings-store.js";
import type { Locale } from "../../../domain/locale.js";
import type { LocalNlu } from "../../../domain/nlu/create-local-nlu.js";
import { demoEvalEnvironment, type LlmSettings } from "./demo-eval-environment.js";

export type { LlmSettings } from "./demo-eval-environment.js";

/** One interactive shopper chat on a fresh demo shop (for tests that drive a chat turn by turn). */
export interface DialogSession {
  store: Store;
  conversationId: string;
  /** Sends one shopper message; resolves the bot's reply texts and the turn latency. */
  send(text: string): Promise<{ replies: string[]; latencyMs: number }>;
  status(): Promise<string>;
  close(): Promise<void>;
}

/** Opens a chat on the same environment `kefu eval dialogs` replays dialogs on; LLM mode when `llm` or `model` is set. */
export async function openDialogSession(options: {
  nlu: LocalNlu;
  locale: Locale;
  llm?: LlmSettings;
  model?: LanguageModel;
  ledger?: UsageLedger;
  cooldownMs?: number;
  /** The shop's chat verification rule; the demo default is two facts, τ²-style shops verify by email alone. */
  identityRule?: "two_facts" | "tau2";
}): Promise<DialogSession> {
  const { locale, identityRule, ...rest } = options;
  const env = await demoEvalEnvironment(rest)(options.llm || options.model ? "llm" : "local");
  if (identityRule) {
    const current = await loadIdentitySettings(env.store);
    await saveIdentitySettings(env.store, { ...current, knowledge: { ...current.knowledge, rule: identityRule } });
  }
  const deps = createConversationDeps({ ...env });
  const { conversation } = await openConversation(deps, { channel: "widget", locale });
  let n = 0;
  return {
    store: env.store,
    conversationId: conversation.id,
    async send(text) {
      const started = performance.now();
      const result = await postCustomerMessage(deps, {
        conversationId: conversation.id,
        text,
        clientMessageId: `s-${++n}`,
      });
      return { replies: result.replies.map((m) => m.text), latencyMs: performance.now() - started };
    },
    async status() {
      return (await env.store.conversations.get(conversation.id))?.status ?? "missing";
    },
    close: () => env.dispose(),
  };
}
