import type { JSX } from "react";
import type { ShopperMessage } from "../shared/api-types.js";
import { intlTag, useLocale, useStrings } from "../shared/i18n.js";
import { attachmentsOf, citationsOf, orderCardsOf } from "../shared/payload.js";
import { AttachmentList } from "../shared/ui/attachment-list.js";
import { looksLikeMarkdown, MarkdownPreview } from "../shared/ui/markdown.js";
import { OrderCard } from "./order-card.js";
import { widgetStrings } from "./widget-strings.js";

function time(iso: string, locale: "en" | "zh"): string {
  return new Intl.DateTimeFormat(intlTag(locale), { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** The bot writes "(Source: title)" into the text for plain-text channels; the widget shows citations itself. */
function withoutSourceLine(text: string, titles: readonly string[]): string {
  const lines = text.trimEnd().split("\n");
  const last = lines.at(-1) ?? "";
  const cited = /^[(（](?:Source|来源)[:：]\s*(.+)[)）]$/.exec(last.trim());
  return cited?.[1] && titles.includes(cited[1]) ? lines.slice(0, -1).join("\n") : text;
}

function BotIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <path d="M12 2l2.2 5.8L20 10l-5.8 2.2L12 18l-2.2-5.8L4 10l5.8-2.2z" fill="currentColor" />
    </svg>
  );
}

function AgentIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <circle cx="12" cy="8" r="4" fill="currentColor" />
      <path d="M4 20c0-4 3.6-6 8-6s8 2 8 6z" fill="currentColor" />
    </svg>
  );
}

/** One chat message as the shopper sees it. */
export function MessageItem({
  message,
  grouped,
  shownText,
  token,
}: {
  message: ShopperMessage;
  /** The widget token, to fetch attached files. */
  token: string | null;
  grouped: boolean;
  /** Replaces the stored text for display (a quick reply's label). */
  shownText?: string;
}): JSX.Element {
  const t = useStrings(widgetStrings);
  const [locale] = useLocale();
  if (message.author === "system") {
    return (
      <li className="kw-system" data-author="system">
        {message.text}
      </li>
    );
  }
  const mine = message.author === "customer";
  const who = mine ? t.you : message.author === "agent" ? t.agent : t.bot;
  const cards = orderCardsOf(message.payload);
  const cites = citationsOf(message.payload);
  return (
    <li
      className={`kw-row ${mine ? "kw-row--me" : "kw-row--them"}${grouped ? " kw-row--grouped" : ""}`}
      data-author={message.author}
    >
      {!mine ? (
        <span className={`kw-avatar kw-avatar--${message.author}`} aria-hidden="true">
          {grouped ? null : message.author === "agent" ? <AgentIcon /> : <BotIcon />}
        </span>
      ) : null}
      <div className="kw-stack">
        <span className="k-sr-only">{who}: </span>
        {message.text ? (
          <div className="kw-bubble">
            {shownText === undefined && !mine && looksLikeMarkdown(message.text) ? (
              <MarkdownPreview
                className="kw-prose"
                testId="widget-markdown"
                source={withoutSourceLine(
                  message.text,
                  cites.map((c) => c.title),
                )}
              />
            ) : (
              (shownText ??
              (mine
                ? message.text
                : withoutSourceLine(
                    message.text,
                    cites.map((c) => c.title),
                  )))
            )}
          </div>
        ) : null}
        <AttachmentList files={attachmentsOf(message.payload)} token={token} label={t.photo} />
        {cards.map((c) => (
          <OrderCard key={c.orderId} card={c} />
        ))}
        {cites.length ? (
          <div className="kw-cites">
            {t.source}:{" "}
            {cites.map((c, i) => (
              <span key={c.articleId}>
                {i ? ", " : ""}
                <span className="kw-cite">{c.title}</span>
              </span>
            ))}
          </div>
        ) : null}
        <time className="kw-time" dateTime={message.createdAt}>
          {time(message.createdAt, locale)}
        </time>
      </div>
    </li>
  );
}
