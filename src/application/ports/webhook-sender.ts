/** What one HTTP delivery attempt returned. */
export type WebhookSendResult = { statusCode: number; durationMs: number } | { error: string; durationMs: number };

/** Posts a signed event to a receiver; never throws for network or HTTP failures, it reports them. */
export interface WebhookSender {
  send(request: {
    url: string;
    secret: string;
    eventId: string;
    body: string;
    timestampSec: number;
  }): Promise<WebhookSendResult>;
}
