/** WeChat's customer-service send API, behind a port so tests and other 客服 products can swap it. */
export interface WechatApi {
  /** Sends a text to a follower (openid); throws on failure so the job queue retries. */
  sendText(openid: string, text: string): Promise<void>;
  /** Checks the app id and secret by fetching an access token (on connect); throws with WeChat's answer. */
  verify(): Promise<void>;
}
