import { z } from "zod";
import type { WechatApi } from "../../../application/ports/wechat-api.js";

const TokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });
const ErrorAnswer = z.object({ errcode: z.number().int(), errmsg: z.string().optional() });

/** errcodes meaning the access token is invalid or expired: refresh once and resend. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

/** The official account's API: cached access token (refreshed 5 minutes early), customer-service text messages. */
export function createWechatApiClient(options: {
  appId: string;
  appSecret: string;
  /** https://api.weixin.qq.com unless a test or a proxy says otherwise. */
  baseUrl?: string;
  now?: () => number;
}): WechatApi & { tokenRefreshes(): number } {
  const base = options.baseUrl ?? "https://api.weixin.qq.com";
  const now = options.now ?? Date.now;
  let cached: { token: string; until: number } | undefined;
  let refreshes = 0;

  async function token(): Promise<string> {
    if (cached && cached.until > now()) return cached.token;
    const url = `${base}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(options.appId)}&secret=${encodeURIComponent(options.appSecret)}`;
    const body: unknown = await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).json();
    const parsed = TokenAnswer.safeParse(body);
    if (!parsed.success) throw new Error(`WeChat token refused: ${JSON.stringify(body).slice(0, 200)}`);
    refreshes += 1;
    cached = { token: parsed.data.access_token, until: now() + Math.max(60, parsed.data.expires_in - 300) * 1000 };
    return cached.token;
  }

  async function post(path: string, payload: unknown): Promise<z.infer<typeof ErrorAnswer>> {
    const response = await fetch(`${base}${path}?access_token=${encodeURIComponent(await token())}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`WeChat API answered HTTP ${response.status}`);
    return ErrorAnswer.parse(await response.json());
  }

  return {
    async sendText(openid, text) {
      const payload = { touser: openid, msgtype: "text", text: { content: text } };
      let answer = await post("/cgi-bin/message/custom/send", payload);
      if (TOKEN_ERRORS.has(answer.errcode)) {
        cached = undefined;
        answer = await post("/cgi-bin/message/custom/send", payload);
      }
      if (answer.errcode !== 0) throw new Error(`WeChat send failed: ${answer.errcode} ${answer.errmsg ?? ""}`);
    },
    async verify() {
      cached = undefined;
      await token();
    },
    tokenRefreshes: () => refreshes,
  };
}
