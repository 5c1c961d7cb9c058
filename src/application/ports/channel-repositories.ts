import type { ChannelThread } from "../../domain/channels/channel-thread.js";

export interface ChannelThreadRepository {
  get(conversationId: string): Promise<ChannelThread | undefined>;
  create(thread: ChannelThread): Promise<void>;
  update(thread: ChannelThread): Promise<void>;
  /** Remembers that `externalId` (an email Message-ID) belongs to the conversation; false if already linked. */
  link(channel: ChannelThread["channel"], externalId: string, conversationId: string): Promise<boolean>;
  /** The conversation of the first of `externalIds` that is linked, in the order given. */
  findConversation(channel: ChannelThread["channel"], externalIds: readonly string[]): Promise<string | undefined>;
  /** Threads whose conversation has messages after `lastSentSeq` (a sweep re-sends what a crash left behind). */
  listBehind(channel: ChannelThread["channel"], limit: number): Promise<ChannelThread[]>;
}
