import type { JSX } from "react";
import type { ChannelInbound } from "../../../../src/contract/channels-api.js";

const TEXT = {
  en: {
    inbound: "Inbound mail",
    smtp: "SMTP ingress (MX or forwarding points at Kefu)",
    imap: "IMAP mailbox (Kefu reads a hosted mailbox: Gmail, Exmail, Outlook)",
    host: "IMAP host (imap.gmail.com, imap.exmail.qq.com)",
    port: "Port",
    secure: "TLS from the start (port 993)",
    user: "Mailbox user",
    password: "Password or app password",
    folder: "Folder (default INBOX)",
    processedFolder: "Move taken mail to (optional; else it is marked read)",
    pollSeconds: "Poll every … seconds (default 60)",
    viaSmtp: "Mail comes in through the SMTP ingress.",
    viaImap: (i: ChannelInbound) =>
      `Reading ${i.folder ?? "INBOX"} every ${i.pollSeconds ?? 60} s · last poll ${i.lastPollAt ?? "not yet"}`,
    pollError: (i: ChannelInbound) => `Last mailbox error (${i.failures ?? 0} in a row, polling backs off)`,
  },
  zh: {
    inbound: "收信方式",
    smtp: "SMTP 收信（MX 记录或转发指向 Kefu）",
    imap: "IMAP 邮箱（Kefu 读取托管邮箱：Gmail、腾讯企业邮、Outlook）",
    host: "IMAP 服务器（imap.gmail.com、imap.exmail.qq.com）",
    port: "端口",
    secure: "全程 TLS（端口 993）",
    user: "邮箱账号",
    password: "密码或客户端专用密码",
    folder: "文件夹（默认 INBOX）",
    processedFolder: "已收取的邮件移到（可选；不填则标为已读）",
    pollSeconds: "每隔多少秒收信（默认 60）",
    viaSmtp: "邮件通过 SMTP 收信进入。",
    viaImap: (i: ChannelInbound) =>
      `每 ${i.pollSeconds ?? 60} 秒读取 ${i.folder ?? "INBOX"} · 上次收信 ${i.lastPollAt ?? "尚未进行"}`,
    pollError: (i: ChannelInbound) => `最近一次邮箱错误（连续 ${i.failures ?? 0} 次，收信间隔会逐步拉长）`,
  },
};

type Locale = keyof typeof TEXT;

/** The IMAP fields of the email connect form, keyed in the page's form state as email.imap.<name>. */
const IMAP_FIELDS = [
  ["host", "text"],
  ["port", "number"],
  ["user", "text"],
  ["password", "password"],
  ["folder", "text"],
  ["processedFolder", "text"],
  ["pollSeconds", "number"],
] as const;

const NUMERIC = new Set(["port", "pollSeconds"]);

/** The `imap` part of the connect body, or undefined for the SMTP ingress; blank fields take the server's defaults. */
export function imapBody(form: Record<string, string>): Record<string, unknown> | undefined {
  if (form["email.inbound"] !== "imap") return undefined;
  const body: Record<string, unknown> = { secure: form["email.imap.secure"] !== "false" };
  for (const [name] of IMAP_FIELDS) {
    const value = form[`email.imap.${name}`] ?? "";
    if (value !== "") body[name] = NUMERIC.has(name) ? Number(value) : value;
  }
  return body;
}

/** How mail comes in, as the channel's status shows it: the poll time and the last mailbox error. */
export function InboundStatus(props: { locale: Locale; inbound: ChannelInbound | undefined }): JSX.Element | null {
  const x = TEXT[props.locale];
  const inbound = props.inbound;
  if (!inbound) return null;
  return (
    <>
      <p data-testid="channel-email-inbound">{inbound.mode === "imap" ? x.viaImap(inbound) : x.viaSmtp}</p>
      {inbound.lastError ? (
        <p>
          {x.pollError(inbound)}: {inbound.lastError}
        </p>
      ) : null}
    </>
  );
}

/** The "SMTP ingress | IMAP mailbox" choice and, for IMAP, the mailbox fields (the password is write-only). */
export function EmailInboundFields(props: {
  locale: Locale;
  form: Record<string, string>;
  setForm: (form: Record<string, string>) => void;
}): JSX.Element {
  const { form, setForm } = props;
  const x = TEXT[props.locale];
  const mode = form["email.inbound"] ?? "smtp";
  const set = (key: string, value: string) => setForm({ ...form, [key]: value });
  return (
    <fieldset className="adm-field">
      <legend>{x.inbound}</legend>
      {(["smtp", "imap"] as const).map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name="email-inbound"
            value={choice}
            checked={mode === choice}
            data-testid={`channel-email-inbound-${choice}`}
            onChange={() => set("email.inbound", choice)}
          />{" "}
          {x[choice]}
        </label>
      ))}
      {mode === "imap" ? (
        <>
          {IMAP_FIELDS.map(([name, type]) => (
            <label className="adm-field" key={name}>
              <span>{x[name]}</span>
              <input
                type={type}
                autoComplete="off"
                value={form[`email.imap.${name}`] ?? ""}
                data-testid={`channel-email-imap-${name}`}
                onChange={(e) => set(`email.imap.${name}`, e.target.value)}
              />
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              checked={form["email.imap.secure"] !== "false"}
              onChange={(e) => set("email.imap.secure", e.target.checked ? "true" : "false")}
            />{" "}
            {x.secure}
          </label>
        </>
      ) : null}
    </fieldset>
  );
}
