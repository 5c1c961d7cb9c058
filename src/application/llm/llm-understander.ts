import type { Command } from "../../domain/agent/command.js";
import type { NluResult } from "../../domain/nlu/nlu-result.js";
import {
  type ConversationPrivacy,
  createConversationPrivacy,
  namesInIdentityAnswer,
  type PiiVault,
  redactFor,
  restorePii,
} from "../../domain/privacy/pii-redactor.js";
import type { LanguageModel, LlmMessage } from "../ports/llm.js";
import type { Logger } from "../ports/logger.js";
import type { Understander, Understanding, UnderstandingContext } from "../ports/understanding.js";
import { checkCommandPolicy } from "./command-policy.js";
import { COMMAND_TOOLS, toolCallsToCommands } from "./command-tools.js";
import type { LlmBreaker } from "./llm-breaker.js";
import { type LlmCallSink, report } from "./llm-call-record.js";
import { understandingSystemPrompt } from "./system-prompt.js";

export interface LlmUnderstanderDeps {
  model: LanguageModel;
  local: Understander;
  logger?: Logger;
  /** Per-conversation vault and names so placeholders stay stable across turns. */
  privacy?: ConversationPrivacy;
  /** Shared with the phraser: once the model fails, the rest of the turn stays local. */
  breaker?: LlmBreaker;
  /** Receives every call (redacted payload, usage, outcome) for the audit trail and cost ledger. */
  onCall?: LlmCallSink;
  /** Tries per message; each rejected try tells the model why. */
  maxAttempts?: number;
}

/** Restores placeholders in slot values so flows see the real email/phone. */
function restoreCommand(command: Command, vault: PiiVault): Command {
  if (command.type !== "set_slot") return command;
  const v = command.value;
  const value =
    typeof v === "string"
      ? restorePii(v, vault)
      : Array.isArray(v)
        ? v.map((x) => restorePii(x, vault))
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, restorePii(x, vault)]));
  return { ...command, value };
}

/** Names the local NLU found are redacted from then on, wherever they reappear. */
function learnNames(nlu: NluResult, privacy: ConversationPrivacy): void {
  for (const e of nlu.entities) {
    if (e.type !== "person_name") continue;
    addName(privacy, e.value);
  }
}

/** The full name and each part, so "Emma" alone is redacted later too. */
function addName(privacy: ConversationPrivacy, name: string): void {
  privacy.names.add(name);
  for (const part of name.split(/[\s-]+/)) if (part.length >= 2) privacy.names.add(part);
}

/** LLM understanding through validated, policy-checked tool calls; any failure returns the local understanding. */
export function createLlmUnderstander(deps: LlmUnderstanderDeps): Understander {
  const privacy = deps.privacy ?? createConversationPrivacy();
  const maxAttempts = deps.maxAttempts ?? 2;
  const empty = { inputTokens: 0, outputTokens: 0 };
  return {
    async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
      const local = await deps.local.understand(text, context);
      learnNames(local.nlu, privacy);
      // While identity is asked for, a bare "Emma Wilson 94107" is a name even if the NLU missed it.
      if (!context.verified && (context.awaiting === "email" || context.flow === "verify_identity")) {
        for (const name of namesInIdentityAnswer(text)) addName(privacy, name);
      }
      if (deps.breaker?.open) {
        await report(deps.onCall, {
          purpose: "understand",
          sent: [],
          usage: empty,
          latencyMs: 0,
          outcome: "skipped",
          reason: "model recently failed",
        });
        return local;
      }
      const history = context.history.map(
        (h): LlmMessage => ({
          role: h.author === "customer" ? "user" : "assistant",
          content: redactFor(privacy, h.text),
        }),
      );
      const current: LlmMessage = { role: "user", content: redactFor(privacy, text) };
      const messages: LlmMessage[] = [
        { role: "system", content: understandingSystemPrompt(context) },
        ...history,
        current,
      ];
      const policyInput = {
        context,
        customerTexts: [...history.filter((m) => m.role === "user").map((m) => m.content), current.content],
        conversationTexts: [...history.map((m) => m.content), current.content],
        vault: privacy.vault,
      };
      for (let attempt = 0; attempt < maxAttempts; attempt++) {
        const sent = [...messages];
        let result: Awaited<ReturnType<LanguageModel["generate"]>>;
        const started = performance.now();
        try {
          result = await deps.model.generate({ messages: sent, tools: COMMAND_TOOLS, temperature: 0 });
        } catch (err) {
          deps.breaker?.trip();
          deps.logger?.warn({ err: String(err) }, "llm understanding failed; using local");
          await report(deps.onCall, {
            purpose: "understand",
            sent,
            usage: empty,
            // Time lost waiting on the failed model (e.g. the whole timeout).
            latencyMs: Math.round(performance.now() - started),
            outcome: "failed",
            reason: String(err),
          });
          return local;
        }
        const check = toolCallsToCommands(result.toolCalls);
        const problems = check.ok ? checkCommandPolicy(check.commands, policyInput) : check.problems;
        if (check.ok && problems.length === 0 && check.commands.length > 0) {
          deps.breaker?.reset();
          await report(deps.onCall, {
            purpose: "understand",
            sent,
            usage: result.usage,
            latencyMs: result.latencyMs,
            outcome: "ok",
          });
          return {
            nlu: local.nlu,
            commands: check.commands.map((c) => restoreCommand(c, privacy.vault)),
            source: "llm",
          };
        }
        const why = problems.length ? problems.join("; ") : "no tool was called";
        deps.logger?.warn({ attempt, why }, "llm tool call rejected");
        await report(deps.onCall, {
          purpose: "understand",
          sent,
          usage: result.usage,
          latencyMs: result.latencyMs,
          outcome: "rejected",
          reason: why,
        });
        // The model sees what it called and why that was refused, as a second round of the same exchange.
        const called = result.toolCalls.map((c) => `${c.name}(${JSON.stringify(c.input ?? {})})`).join(", ");
        messages.push({ role: "assistant", content: `Tool calls: ${called || "none"}` });
        messages.push({ role: "user", content: `Your tool call was rejected: ${why}. Call the tools correctly.` });
      }
      return local;
    },
  };
}
