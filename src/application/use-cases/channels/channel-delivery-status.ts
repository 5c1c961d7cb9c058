import type { ConnectableChannel } from "../../../domain/channels/channel-connection.js";
import type { Store } from "../../ports/store.js";
import { EMAIL_SEND_JOB } from "./email-channel-deps.js";
import { WECHAT_SEND_JOB } from "./wechat-channel-deps.js";

/** How a channel's replies are getting out, as the admin page shows it. */
export interface ChannelDeliveryStatus {
  /** Conversations with bot or agent messages not yet sent (at most 100 counted). */
  unsent: number;
  /** Send jobs that failed for good (the sweep tries those conversations again hourly). */
  failedSends: number;
  /** The latest failure's error, to tell a wrong password from a full mailbox. */
  lastError?: string;
}

const JOB_OF: Record<ConnectableChannel, string> = { email: EMAIL_SEND_JOB, wechat: WECHAT_SEND_JOB };

/** Reads a channel's delivery status from its threads and its send jobs. */
export async function channelDeliveryStatus(
  store: Pick<Store, "channelThreads" | "jobs">,
  kind: ConnectableChannel,
): Promise<ChannelDeliveryStatus> {
  const behind = await store.channelThreads.listBehind(kind, 100);
  const filter = { type: JOB_OF[kind], status: "failed" as const, limit: 1 };
  const { total } = await store.jobs.list({ ...filter, offset: 0 });
  // Jobs list oldest first: the latest failure is the last row.
  const latest = total > 0 ? (await store.jobs.list({ ...filter, offset: total - 1 })).items[0] : undefined;
  return { unsent: behind.length, failedSends: total, ...(latest?.lastError ? { lastError: latest.lastError } : {}) };
}
