import { type JSX, useState } from "react";
import type { Message } from "../shared/api-types.js";
import { formatDateTime, useLocale, useStrings } from "../shared/i18n.js";
import { attachmentsOf, citationsOf, orderCardsOf, quickRepliesOf } from "../shared/payload.js";
import { readStaffToken } from "../shared/token-store.js";
import { AttachmentList } from "../shared/ui/attachment-list.js";
import { consoleStrings } from "./console-strings.js";
import { ExplanationView } from "./explanation-view.js";
import { SystemRow } from "./system-row.js";

/** One message in the agent's transcript, with the bot's reasoning behind a "Why?" toggle. */
export function MessageRow({ message }: { message: Message }): JSX.Element {
  const t = useStrings(consoleStrings);
  const [locale] = useLocale();
  const [open, setOpen] = useState(false);
  const author = {
    customer: t.authorCustomer,
    bot: t.authorBot,
    agent: t.authorAgent,
    system: t.authorSystem,
    note: t.authorNote,
  }[message.author];
  const quick = quickRepliesOf(message.payload);
  const cards = orderCardsOf(message.payload);
  const cites = citationsOf(message.payload);
  if (message.author === "system") return <SystemRow message={message} />;
  return (
    <li className={`con-msg con-msg--${message.author}`} data-author={message.author} data-seq={message.seq}>
      <div className="con-msg-meta">
        <span className="con-msg-author">{author}</span>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
        {message.explanation ? (
          <button type="button" className="con-why-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? t.hideWhy : t.why}
          </button>
        ) : null}
      </div>
      <div className="con-msg-bubble">
        {message.text ? <p>{message.text}</p> : null}
        <AttachmentList
          files={attachmentsOf(message.payload)}
          token={readStaffToken() ?? null}
          label={t.authorCustomer}
        />
        {cards.map((c) => (
          <div key={c.orderId} className="con-msg-card">
            <strong>{c.orderId}</strong> · {c.statusLabel ?? c.status} {c.total ? `· ${c.total}` : ""}
          </div>
        ))}
        {quick.length ? (
          <div className="con-msg-quick">
            {quick.map((q) => (
              <span key={q.value} className="k-badge">
                {q.label}
              </span>
            ))}
          </div>
        ) : null}
        {cites.length ? (
          <div className="con-msg-cites">
            {t.kbArticles}: {cites.map((c) => c.title).join(" · ")}
          </div>
        ) : null}
      </div>
      {open && message.explanation ? <ExplanationView explanation={message.explanation} /> : null}
    </li>
  );
}
