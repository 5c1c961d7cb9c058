import { type JSX, useEffect, useState } from "react";
import type { IdentitySettings } from "../../../../src/domain/identity/identity-settings.js";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";

const TEXT = {
  en: {
    title: "Identity verification",
    subtitle: "How the bot makes sure it talks to the customer before showing or changing an order (docs/identity.md).",
    knowledge: "Facts typed in the chat",
    rule: "Rule",
    twoFacts: "Two facts (email or phone + order number, or name + zip + email/phone): recommended",
    tau2: "τ²-compatible (email alone, or name + zip)",
    otp: "One-time code to the email or phone on file",
    smtpUrl: "SMTP URL (smtp://user:pass@host:587)",
    mailFrom: "From address",
    smsUrl: "SMS webhook URL (signed POST {to, text})",
    smsSecret: "SMS webhook secret (16+ characters)",
    signed: "Signed identity from the shop's site (JWT HS256)",
    secret: "Signing secret: keep it on your server",
    rotate: "Rotate secret",
    rotateConfirm: "Tokens signed with the current secret stop working at once. Rotate?",
    lockout: "Lockout",
    maxFailures: "Failures per customer",
    maxClientFailures: "Failures per client (IP)",
    windowMinutes: "Window (minutes)",
    enabled: "Enabled",
    save: "Save",
    saved: "Saved",
  },
  zh: {
    title: "身份核实",
    subtitle: "机器人在查看或修改订单前如何确认对方是客户本人（见 docs/identity.md）。",
    knowledge: "聊天中提供的信息",
    rule: "规则",
    twoFacts: "两项信息（邮箱或手机号 + 订单号，或姓名 + 邮编 + 邮箱/手机号）：推荐",
    tau2: "兼容 τ²（仅邮箱，或姓名 + 邮编）",
    otp: "向预留邮箱或手机发送验证码",
    smtpUrl: "SMTP 地址（smtp://user:pass@host:587）",
    mailFrom: "发件人地址",
    smsUrl: "短信 Webhook 地址（签名的 POST {to, text}）",
    smsSecret: "短信 Webhook 密钥（至少16个字符）",
    signed: "店铺网站签名的身份（JWT HS256）",
    secret: "签名密钥：只保存在您的服务器上",
    rotate: "更换密钥",
    rotateConfirm: "用当前密钥签名的令牌将立即失效。确定更换吗？",
    lockout: "锁定",
    maxFailures: "每位客户失败次数",
    maxClientFailures: "每个客户端（IP）失败次数",
    windowMinutes: "时间窗口（分钟）",
    enabled: "启用",
    save: "保存",
    saved: "已保存",
  },
};

/** What PUT accepts: the settings without the secret, which only the server generates. */
function toInput(s: IdentitySettings): unknown {
  const { secret: _secret, ...signed } = s.signed;
  return { ...s, signed };
}

const optional = (v: string) => (v.trim() === "" ? undefined : v.trim());

/** Identity settings: modes, the signing secret (shown, rotatable), SMTP and SMS webhook, lockout. */
export function IdentityPage(): JSX.Element {
  const { locale } = useAdminStrings();
  const x = TEXT[locale];
  const stored = useApi<IdentitySettings>("/settings/identity");
  const [draft, setDraft] = useState<IdentitySettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    if (stored.data) setDraft(stored.data);
  }, [stored.data]);

  async function send(method: "PUT" | "POST", path: string, body?: unknown): Promise<void> {
    setBusy(true);
    setSaved(false);
    setError(undefined);
    try {
      setDraft(await apiRequest<IdentitySettings>(method, path, body));
      setSaved(true);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(false);
    }
  }

  if (stored.error) return <ErrorState error={stored.error} onRetry={stored.reload} />;
  if (!draft) return <LoadingState rows={6} />;
  const set = (next: Partial<IdentitySettings>) => setDraft({ ...draft, ...next });
  const check = (label: string, value: boolean, onChange: (v: boolean) => void, testId: string) => (
    <label className="adm-field adm-field-check">
      <input type="checkbox" checked={value} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />{" "}
      {label}
    </label>
  );
  const text = (label: string, value: string | undefined, onChange: (v: string) => void, type = "text") => (
    <label className="adm-field">
      <span>{label}</span>
      <input type={type} value={value ?? ""} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </label>
  );
  const num = (label: string, value: number, onChange: (v: number) => void) => (
    <label className="adm-field adm-field-narrow">
      <span>{label}</span>
      <input type="number" min={1} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );

  return (
    <div className="adm-page" data-testid="admin-identity">
      <PageHeader title={x.title} subtitle={x.subtitle}>
        <button
          type="button"
          className="adm-btn"
          disabled={busy}
          onClick={() => void send("PUT", "/settings/identity", toInput(draft))}
        >
          {x.save}
        </button>
        {saved ? <span className="adm-field-hint">{x.saved}</span> : null}
      </PageHeader>
      {error ? <ErrorState error={error} /> : null}
      <Card title={x.knowledge}>
        {check(
          x.enabled,
          draft.knowledge.enabled,
          (enabled) => set({ knowledge: { ...draft.knowledge, enabled } }),
          "identity-knowledge",
        )}
        <label className="adm-field">
          <span>{x.rule}</span>
          <select
            value={draft.knowledge.rule}
            onChange={(e) =>
              set({ knowledge: { ...draft.knowledge, rule: e.target.value === "tau2" ? "tau2" : "two_facts" } })
            }
          >
            <option value="two_facts">{x.twoFacts}</option>
            <option value="tau2">{x.tau2}</option>
          </select>
        </label>
      </Card>
      <Card title={x.otp}>
        {check(x.enabled, draft.otp.enabled, (enabled) => set({ otp: { ...draft.otp, enabled } }), "identity-otp")}
        {text(x.smtpUrl, draft.otp.smtpUrl, (v) => set({ otp: { ...draft.otp, smtpUrl: optional(v) } }))}
        {text(x.mailFrom, draft.otp.mailFrom, (v) => set({ otp: { ...draft.otp, mailFrom: optional(v) } }))}
        {text(x.smsUrl, draft.otp.smsWebhookUrl, (v) => set({ otp: { ...draft.otp, smsWebhookUrl: optional(v) } }))}
        {text(
          x.smsSecret,
          draft.otp.smsWebhookSecret,
          (v) => set({ otp: { ...draft.otp, smsWebhookSecret: optional(v) } }),
          "password",
        )}
      </Card>
      <Card
        title={x.signed}
        actions={
          draft.signed.secret ? (
            <button
              type="button"
              className="adm-btn adm-btn-danger"
              disabled={busy}
              onClick={() => {
                if (window.confirm(x.rotateConfirm)) void send("POST", "/settings/identity/rotate-secret");
              }}
            >
              {x.rotate}
            </button>
          ) : null
        }
      >
        {check(
          x.enabled,
          draft.signed.enabled,
          (enabled) => set({ signed: { ...draft.signed, enabled } }),
          "identity-signed",
        )}
        {draft.signed.secret ? (
          <label className="adm-field">
            <span>{x.secret}</span>
            <input
              readOnly
              value={draft.signed.secret}
              data-testid="identity-secret"
              onFocus={(e) => e.target.select()}
            />
          </label>
        ) : null}
      </Card>
      <Card title={x.lockout}>
        {num(x.maxFailures, draft.lockout.maxFailures, (maxFailures) =>
          set({ lockout: { ...draft.lockout, maxFailures } }),
        )}
        {num(x.maxClientFailures, draft.lockout.maxClientFailures, (maxClientFailures) =>
          set({ lockout: { ...draft.lockout, maxClientFailures } }),
        )}
        {num(x.windowMinutes, draft.lockout.windowMinutes, (windowMinutes) =>
          set({ lockout: { ...draft.lockout, windowMinutes } }),
        )}
      </Card>
    </div>
  );
}
