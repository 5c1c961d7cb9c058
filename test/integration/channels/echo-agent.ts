import type { ConversationAgent } from "../../../src/application/ports/conversation-agent.js";
import type { QuickReply } from "../../../src/domain/conversation/message.js";

/**
 * A bot that greets, repeats what it read (prefixed) and offers buttons, so a channel test sees exactly
 * what reached the bot and how buttons are rendered on that channel.
 */
export function echoAgent(options: {
  greeting: string;
  prefix: string;
  buttons: QuickReply[];
  /** Sends the buttons in a second message instead of with the echo. */
  buttonsApart?: string;
}): ConversationAgent {
  return {
    async greet() {
      return [{ text: options.greeting }];
    },
    async reply({ conversation, message }) {
      const echo = `${options.prefix}${message.text}`;
      const payload = { quickReplies: options.buttons };
      return {
        conversation,
        messages:
          options.buttonsApart === undefined
            ? [{ text: echo, payload }]
            : [{ text: echo }, { text: options.buttonsApart, payload }],
      };
    },
  };
}
