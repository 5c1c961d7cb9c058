// What the admin channels page reads (GET /api/v1/channels): status only, never a secret.

/** How a channel's replies are getting out. */
export interface ChannelDelivery {
  /** Conversations with replies not yet sent (at most 100 counted). */
  unsent: number;
  /** Send jobs that failed for good. */
  failedSends: number;
  lastError?: string;
}

/** Email only: how mail comes in, and for an IMAP mailbox how its polling goes. */
export interface ChannelInbound {
  mode: "smtp" | "imap";
  folder?: string;
  pollSeconds?: number;
  lastPollAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  /** auth_failed, unreachable, folder_missing or protocol. */
  lastErrorCode?: string;
  /** Failed polls in a row (the poller backs off). */
  failures?: number;
}

/** One channel: whether it is on, where its settings come from, its account (address or app id). */
export interface ChannelView {
  connected: boolean;
  source?: "admin" | "environment";
  account?: string;
  connectedAt?: string;
  delivery: ChannelDelivery;
  inbound?: ChannelInbound;
}

export interface ChannelsView {
  email: ChannelView;
  wechat: ChannelView;
}
