import { z } from "zod";
import { Command, FlowName, SlotName } from "../../domain/agent/command.js";
import { Intent } from "../../domain/nlu/intent.js";
import type { LlmTool, LlmToolCall } from "../ports/llm.js";

/** One tool per Command variant; the model can only ask, flows and policy decide. */
export const COMMAND_TOOLS: Record<Command["type"], LlmTool> = {
  start_flow: { description: "Start an after-sales flow.", parameters: z.object({ flow: FlowName }) },
  set_slot: {
    description:
      "Fill a slot of the active flow with a value the customer gave (item_ids: 1-based positions; address: {line1, city, zip, …}).",
    parameters: z.object({
      slot: SlotName,
      value: z.union([z.string(), z.array(z.string()), z.record(z.string(), z.string())]),
    }),
  },
  confirm: { description: "The customer explicitly said yes to the pending action.", parameters: z.object({}) },
  deny: { description: "The customer said no to the pending action.", parameters: z.object({}) },
  cancel_flow: { description: "The customer wants to stop the current flow.", parameters: z.object({}) },
  handoff: { description: "The customer wants a human agent.", parameters: z.object({ reason: z.string() }) },
  answer_faq: {
    description: "Answer a general question from the knowledge base.",
    parameters: z.object({ query: z.string() }),
  },
  chitchat: { description: "Greeting, thanks or goodbye.", parameters: z.object({ intent: Intent }) },
};

export type ToolCallCheck = { ok: true; commands: Command[] } | { ok: false; problems: string[] };

/** Validates every tool call with zod; any bad call rejects the batch with reasons for the model. */
export function toolCallsToCommands(calls: LlmToolCall[]): ToolCallCheck {
  const commands: Command[] = [];
  const problems: string[] = [];
  for (const call of calls) {
    const input = typeof call.input === "object" && call.input !== null ? call.input : {};
    const parsed = Command.safeParse({ ...input, type: call.name });
    if (parsed.success && call.name in COMMAND_TOOLS) commands.push(parsed.data);
    else if (!(call.name in COMMAND_TOOLS)) problems.push(`unknown tool "${call.name}"`);
    else
      problems.push(`${call.name}: ${parsed.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, commands };
}
