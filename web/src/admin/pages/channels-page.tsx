import { type JSX, useState } from "react";
import type { ChannelsView, ChannelView } from "../../../../src/contract/channels-api.js";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { EmailInboundFields, InboundStatus, imapBody } from "./email-inbound.js";

const TEXT = {
  en: {
    title: "Channels",
    subtitle: "Email and WeChat beside the web widget: the same bot and agents on every channel (docs/channels.md).",
    email: "Email",
    wechat: "WeChat official account",
    off: "Not connected",
    fromAdmin: "connected here",
    fromEnv: "set by the server's environment",
    delivery: (d: ChannelView["delivery"]) =>
      `${d.unsent} conversations waiting to send · ${d.failedSends} failed sends`,
    lastError: "Last send error",
    smtpUrl: "SMTP URL (smtps://user:password@smtp.example.com:465)",
    from: "Support address",
    fromName: "Display name",
    appId: "AppID",
    appSecret: "AppSecret",
    token: "Token",
    aesKey: "EncodingAESKey (安全模式)",
    connect: "Connect",
    disconnect: "Disconnect",
    disconnectConfirm: "Forget these settings? Conversations stay; new messages on this channel stop.",
  },
  zh: {
    title: "渠道",
    subtitle: "除网页插件外的邮件和微信：每个渠道都是同一个机器人和同一批客服（见 docs/channels.md）。",
    email: "邮件",
    wechat: "微信公众号",
    off: "未连接",
    fromAdmin: "在此连接",
    fromEnv: "由服务器环境变量设置",
    delivery: (d: ChannelView["delivery"]) => `${d.unsent} 个会话待发送 · ${d.failedSends} 次发送失败`,
    lastError: "最近一次发送错误",
    smtpUrl: "SMTP 地址（smtps://用户:密码@smtp.example.com:465）",
    from: "客服邮箱",
    fromName: "显示名称",
    appId: "AppID",
    appSecret: "AppSecret",
    token: "Token（令牌）",
    aesKey: "EncodingAESKey（安全模式）",
    connect: "连接",
    disconnect: "断开连接",
    disconnectConfirm: "确定删除这些设置吗？会话会保留，此渠道不再收发新消息。",
  },
};

const FIELDS = {
  email: [
    ["smtpUrl", "password"],
    ["from", "email"],
    ["fromName", "text"],
  ],
  wechat: [
    ["appId", "text"],
    ["appSecret", "password"],
    ["token", "password"],
    ["aesKey", "password"],
  ],
} as const;

/** Connect email and WeChat (secrets are write-only), see how their replies get out, disconnect. */
export function ChannelsPage(): JSX.Element {
  const { locale } = useAdminStrings();
  const x = TEXT[locale];
  const status = useApi<ChannelsView>("/channels");
  const [form, setForm] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  async function send(method: "PUT" | "DELETE", path: string, body?: unknown): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      await apiRequest(method, path, body);
      setForm({});
      status.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(false);
    }
  }

  if (status.error) return <ErrorState error={status.error} onRetry={status.reload} />;
  if (!status.data) return <LoadingState rows={4} />;

  const card = (kind: "email" | "wechat", view: ChannelView) => {
    const filled = Object.fromEntries(
      FIELDS[kind].map(([name]) => [name, form[`${kind}.${name}`] ?? ""]).filter(([, value]) => value !== ""),
    );
    const imap = kind === "email" ? imapBody(form) : undefined;
    return (
      <Card title={x[kind]} key={kind}>
        <p data-testid={`channel-${kind}-status`}>
          {view.connected ? `${view.account ?? ""} · ${view.source === "admin" ? x.fromAdmin : x.fromEnv}` : x.off}
        </p>
        <p>{x.delivery(view.delivery)}</p>
        {view.delivery.lastError ? (
          <p>
            {x.lastError}: {view.delivery.lastError}
          </p>
        ) : null}
        {kind === "email" ? <InboundStatus locale={locale} inbound={view.inbound} /> : null}
        {FIELDS[kind].map(([name, type]) => (
          <label className="adm-field" key={name}>
            <span>{x[name]}</span>
            <input
              type={type}
              autoComplete="off"
              value={form[`${kind}.${name}`] ?? ""}
              data-testid={`channel-${kind}-${name}`}
              onChange={(e) => setForm({ ...form, [`${kind}.${name}`]: e.target.value })}
            />
          </label>
        ))}
        {kind === "email" ? <EmailInboundFields locale={locale} form={form} setForm={setForm} /> : null}
        <button
          type="button"
          className="adm-btn"
          disabled={busy}
          onClick={() => void send("PUT", `/channels/${kind}`, { kind, ...filled, ...(imap ? { imap } : {}) })}
        >
          {x.connect}
        </button>{" "}
        {view.source === "admin" ? (
          <button
            type="button"
            className="adm-btn"
            disabled={busy}
            onClick={() => {
              if (window.confirm(x.disconnectConfirm)) void send("DELETE", `/channels/${kind}`);
            }}
          >
            {x.disconnect}
          </button>
        ) : null}
      </Card>
    );
  };

  return (
    <div className="adm-page" data-testid="admin-channels">
      <PageHeader title={x.title} subtitle={x.subtitle} />
      {error ? <ErrorState error={error} /> : null}
      {card("email", status.data.email)}
      {card("wechat", status.data.wechat)}
    </div>
  );
}
