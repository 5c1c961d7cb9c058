import type { AttachmentStore } from "../../ports/attachment-store.js";
import type { EmailSender } from "../../ports/email-sender.js";
import type { ChannelDeps } from "./channel-deps.js";

/** Job type that emails a conversation's unsent bot and agent messages. */
export const EMAIL_SEND_JOB = "email.send-replies";

/** What the email channel runs on: the conversation use cases plus mail in and out. */
export interface EmailChannelDeps extends ChannelDeps {
  sender: EmailSender;
  attachments: AttachmentStore;
}
