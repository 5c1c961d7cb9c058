import { type FormEvent, type JSX, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import type { ShopperMessage } from "../shared/api-types.js";
import { useLocale, useStrings } from "../shared/i18n.js";
import { isCsatPrompt, quickRepliesOf } from "../shared/payload.js";
import { CsatForm } from "./csat-form.js";
import { MessageItem } from "./message-item.js";
import { useChat } from "./use-chat.js";
import { widgetStrings } from "./widget-strings.js";

/** The server takes messages of up to 4,000 characters (docs/api.md); the input stops there and says so. */
const MAX_MESSAGE_CHARS = 4000;

function postToHost(message: Record<string, unknown>): void {
  if (window.parent !== window) window.parent.postMessage({ source: "kefu-widget", ...message }, "*");
}

/** A shopper message that answered a quick reply shows the button's label ("Visa ending 4242"), not its value. */
function chosenLabel(messages: ShopperMessage[], index: number): string | undefined {
  const m = messages[index];
  if (m?.author !== "customer") return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const prev = messages[i];
    if (!prev || prev.author === "customer") return undefined;
    const hit = quickRepliesOf(prev.payload).find((q) => q.value === m.text);
    if (hit) return hit.label;
  }
  return undefined;
}

/** The chat panel inside the widget iframe (also usable full-page at /widget.html). */
export function WidgetApp({ title }: { title?: string }): JSX.Element {
  const t = useStrings(widgetStrings);
  const [locale, setLocale] = useLocale();
  const { state, send, retry, rate, restart, notifyTyping, reload } = useChat(locale);
  const [draft, setDraft] = useState("");
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const logRef = useRef<HTMLOListElement>(null);
  const seen = useRef(0);
  const { conversation, messages, pending, typing, connection } = state;

  useEffect(() => {
    postToHost({ type: "ready" });
    const onMessage = (e: MessageEvent) => {
      const data: unknown = e.data;
      if (
        typeof data === "object" &&
        data !== null &&
        "source" in data &&
        data.source === "kefu-host" &&
        "type" in data
      ) {
        if (data.type === "open") {
          inputRef.current?.focus();
          seen.current = messages.length;
          postToHost({ type: "unread", count: 0 });
        }
      }
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape") postToHost({ type: "close" });
    };
    window.addEventListener("message", onMessage);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("message", onMessage);
      window.removeEventListener("keydown", onKey);
    };
  }, [messages.length]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: keep the newest line in view whenever the transcript grows
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
    // Unread count for the launcher badge while the panel is hidden.
    if (document.hidden || !document.hasFocus()) {
      const unread = messages.slice(seen.current).filter((m) => m.author !== "customer").length;
      postToHost({ type: "unread", count: unread });
    } else {
      seen.current = messages.length;
    }
  }, [messages, pending.length, typing]);

  const last: ShopperMessage | undefined = messages[messages.length - 1];
  const quickReplies = useMemo(() => {
    if (!last || last.author === "customer" || pending.length > 0 || isCsatPrompt(last.payload)) return [];
    return quickRepliesOf(last.payload);
  }, [last, pending.length]);
  const resolved = conversation?.status === "resolved";
  const subtitle = !conversation
    ? ""
    : {
        bot: t.subtitleBot,
        waiting_agent: t.subtitleWaiting,
        agent: t.subtitleAgent,
        resolved: t.subtitleResolved,
      }[conversation.status];

  function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!draft.trim()) return;
    send(draft);
    setDraft("");
    inputRef.current?.focus();
  }
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  }

  return (
    <div className="kw-app">
      <header className="kw-header">
        <div className="kw-header-avatar" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M12 2l2.2 5.8L20 10l-5.8 2.2L12 18l-2.2-5.8L4 10l5.8-2.2z" fill="currentColor" />
          </svg>
          <span className={`kw-presence kw-presence--${connection}`} />
        </div>
        <div className="kw-header-text">
          <h1>{title || t.title}</h1>
          <p aria-live="polite">{connection === "open" || state.phase !== "ready" ? subtitle : t.reconnecting}</p>
        </div>
        <fieldset className="kw-lang" aria-label="Language / 语言">
          <button type="button" aria-pressed={locale === "en"} onClick={() => setLocale("en")}>
            EN
          </button>
          <button type="button" aria-pressed={locale === "zh"} onClick={() => setLocale("zh")}>
            中文
          </button>
        </fieldset>
        {window.parent !== window ? (
          <button
            type="button"
            className="kw-icon-btn"
            aria-label={t.close}
            onClick={() => postToHost({ type: "close" })}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        ) : null}
      </header>

      {state.phase === "error" ? (
        <div className="kw-center">
          <p>{t.startFailed}</p>
          <button type="button" className="kw-btn" onClick={reload}>
            {t.tryAgain}
          </button>
        </div>
      ) : state.phase === "starting" && messages.length === 0 ? (
        <div className="kw-center">
          <span className="kw-dots" role="status">
            <span />
            <span />
            <span />
          </span>
        </div>
      ) : (
        <ol className="kw-log" ref={logRef} aria-live="polite" aria-label={t.messages} data-testid="widget-log">
          {messages.map((m, i) => (
            <MessageItem
              key={m.seq}
              message={m}
              shownText={chosenLabel(messages, i)}
              grouped={i > 0 && messages[i - 1]?.author === m.author && m.author !== "system"}
            />
          ))}
          {pending.map((p) => (
            <li key={p.clientMessageId} className="kw-row kw-row--me kw-row--pending">
              <div className="kw-stack">
                <div className="kw-bubble">{p.text}</div>
                <span className="kw-time">
                  {p.failed ? (
                    <>
                      {t.failed}{" "}
                      <button type="button" className="kw-link" onClick={() => retry(p.clientMessageId)}>
                        {t.retry}
                      </button>
                    </>
                  ) : (
                    t.sending
                  )}
                </span>
              </div>
            </li>
          ))}
          {typing ? (
            <li className="kw-row kw-row--them kw-typing">
              <span className={`kw-avatar kw-avatar--${typing}`} aria-hidden="true" />
              <span className="k-sr-only">{typing === "agent" ? t.typingAgent : t.typingBot}</span>
              <span className="kw-dots">
                <span />
                <span />
                <span />
              </span>
            </li>
          ) : null}
        </ol>
      )}

      {quickReplies.length > 0 ? (
        <fieldset className="kw-quick" aria-label={t.suggestions}>
          {quickReplies.map((q) => (
            <button key={q.value} type="button" className="kw-chip" onClick={() => send(q.value)}>
              {q.label}
            </button>
          ))}
        </fieldset>
      ) : null}

      {resolved || (last && isCsatPrompt(last.payload)) ? (
        <CsatForm rated={conversation?.csat} onRate={rate} onRestart={restart} />
      ) : null}

      {!resolved ? (
        <form className="kw-composer" onSubmit={submit}>
          <textarea
            ref={inputRef}
            className="kw-input"
            rows={1}
            value={draft}
            placeholder={t.placeholder}
            aria-label={t.placeholder}
            onChange={(e) => {
              setDraft(e.target.value);
              notifyTyping();
            }}
            onKeyDown={onKeyDown}
            disabled={state.phase !== "ready"}
            maxLength={MAX_MESSAGE_CHARS}
            aria-describedby={draft.length > MAX_MESSAGE_CHARS - 200 ? "kw-length" : undefined}
            data-testid="widget-input"
          />
          {draft.length > MAX_MESSAGE_CHARS - 200 ? (
            <span id="kw-length" className="kw-length" role="status" data-testid="widget-length">
              {t.tooLong.replace("{n}", String(draft.length)).replace("{max}", String(MAX_MESSAGE_CHARS))}
            </span>
          ) : null}
          <button
            type="submit"
            className="kw-send"
            aria-label={t.send}
            disabled={!draft.trim()}
            data-testid="widget-send"
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                d="M3.4 20.4l17.4-7.5a1 1 0 0 0 0-1.8L3.4 3.6a.9.9 0 0 0-1.3 1l1.9 6.4 9 1-9 1-1.9 6.4a.9.9 0 0 0 1.3 1z"
                fill="currentColor"
              />
            </svg>
          </button>
        </form>
      ) : null}
      <footer className="kw-footer">{t.poweredBy}</footer>
    </div>
  );
}
