// What the admin channels page reads (GET /api/v1/channels): status only, never a secret.

/** How a channel's replies are getting out. */
export interface ChannelDelivery {
  /** Conversations with replies not yet sent (at most 100 counted). */
  unsent: number;
  /** Send jobs that failed for good. */
  failedSends: number;
  lastError?: string;
}

/** One channel: whether it is on, where its settings come from, its account (address or app id). */
export interface ChannelView {
  connected: boolean;
  source?: "admin" | "environment";
  account?: string;
  connectedAt?: string;
  delivery: ChannelDelivery;
}

export interface ChannelsView {
  email: ChannelView;
  wechat: ChannelView;
}
