import type { Command, SlotName } from "../../domain/agent/command.js";
import type { PiiVault } from "../../domain/privacy/pii-redactor.js";
import type { UnderstandingContext } from "../ports/understanding.js";

/** What the model's commands are checked against; texts are the redacted ones the model saw. */
export interface CommandPolicyInput {
  context: UnderstandingContext;
  /** The customer's own words: this message and earlier customer turns. */
  customerTexts: string[];
  /** Every text of the conversation the model saw (customer and bot). */
  conversationTexts: string[];
  vault: PiiVault;
}

/** Slots that identify a person: the value must come from the customer, never from the model. */
const CUSTOMER_GIVEN: ReadonlySet<SlotName> = new Set(["email", "phone", "first_name", "last_name", "zip"]);

const normalise = (s: string) => s.toLowerCase().replace(/[\s#]/g, "");

function valueStrings(value: string | string[] | Record<string, string>): string[] {
  return typeof value === "string" ? [value] : Array.isArray(value) ? value : Object.values(value);
}

function mentioned(value: string, texts: readonly string[]): boolean {
  const v = normalise(value);
  return v.length > 0 && texts.some((t) => normalise(t).includes(v));
}

/** Reasons a well-formed command is still not allowed; fed back to the model verbatim. */
function problemsOf(command: Command, input: CommandPolicyInput): string[] {
  const problems: string[] = [];
  if (command.type === "confirm" && input.context.awaiting !== "confirmation") {
    problems.push("confirm: nothing is awaiting the customer's confirmation");
  }
  if (command.type !== "set_slot") return problems;
  for (const v of valueStrings(command.value)) {
    for (const token of v.match(/⟦[A-Z]+_\d+⟧/g) ?? []) {
      if (!input.vault.has(token)) problems.push(`set_slot ${command.slot}: unknown placeholder ${token}`);
    }
    if (CUSTOMER_GIVEN.has(command.slot) && !mentioned(v, input.customerTexts)) {
      problems.push(`set_slot ${command.slot}: "${v}" was not given by the customer`);
    }
    if (command.slot === "order_id" && !mentioned(v, input.conversationTexts)) {
      problems.push(`set_slot order_id: "${v}" does not appear in the conversation`);
    }
  }
  return problems;
}

/** Checks validated commands against dialog rules the model must not bend. */
export function checkCommandPolicy(commands: readonly Command[], input: CommandPolicyInput): string[] {
  return commands.flatMap((c) => problemsOf(c, input));
}
