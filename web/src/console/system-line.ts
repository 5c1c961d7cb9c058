import type { Message } from "../shared/api-types.js";
import { fill } from "../shared/i18n.js";
import type { ConsoleLabels } from "./console-labels.js";

/**
 * A system line in the console's language. The stored text is in the shopper's language (they read
 * it too), so the console words the known kinds itself and keeps the stored text for the rest.
 */
export function systemLine(message: Pick<Message, "text" | "payload">, w: ConsoleLabels, agentName?: string): string {
  const kind = message.payload.kind;
  const template = typeof kind === "string" ? w.system[kind] : undefined;
  return template ? fill(template, { name: agentName ?? w.someone }) : message.text;
}
