import type { JSX } from "react";
import type { Message } from "../shared/api-types.js";
import { useStrings } from "../shared/i18n.js";
import { consoleLabels } from "./console-labels.js";
import { systemLine } from "./system-line.js";
import { nameOf, useStaffDirectory } from "./use-staff-directory.js";

/** A system line of the transcript (agent joined, handed back, resolved) in the console's language. */
export function SystemRow({ message }: { message: Message }): JSX.Element {
  const w = useStrings(consoleLabels);
  const directory = useStaffDirectory();
  const agent = message.authorId ? nameOf(directory, message.authorId, w.someone) : undefined;
  return (
    <li className="con-msg-system" data-author="system">
      <span title={message.text}>{systemLine(message, w, agent)}</span>
    </li>
  );
}
