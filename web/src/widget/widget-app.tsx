import {
  type ChangeEvent,
  type FormEvent,
  type JSX,
  type KeyboardEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { MESSAGE_MAX_CHARS } from "../../../src/contract/limits.js";
import { ApiError } from "../shared/api-client.js";
import type { ShopperMessage } from "../shared/api-types.js";
import { fill, useLocale, useStrings } from "../shared/i18n.js";
import { isCsatPrompt, quickRepliesOf } from "../shared/payload.js";
import { AvailabilityNotice } from "./availability-notice.js";
import { CsatForm } from "./csat-form.js";
import { MessageItem } from "./message-item.js";
import { ACCEPTED_FILES, uploadAttachment } from "./upload-attachment.js";
import { useChat } from "./use-chat.js";
import { widgetStrings } from "./widget-strings.js";

/** The counter appears this close to the limit (the server's, from the shared contract). */
const COUNTER_FROM = MESSAGE_MAX_CHARS - 500;

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

/** True while the browser reports no network (the offline notice says messages wait). */
function useNetworkDown(): boolean {
  const [down, setDown] = useState(() => typeof navigator !== "undefined" && navigator.onLine === false);
  useEffect(() => {
    const on = () => setDown(false);
    const off = () => setDown(true);
    window.addEventListener("online", on);
    window.addEventListener("offline", off);
    return () => {
      window.removeEventListener("online", on);
      window.removeEventListener("offline", off);
    };
  }, []);
  return down;
}

/** The chat panel inside the widget iframe (also usable full-page at /widget.html). */
export function WidgetApp({ title }: { title?: string }): JSX.Element {
  const t = useStrings(widgetStrings);
  const [locale, setLocale] = useLocale();
  const { state, session, client, send, retry, rate, restart, notifyTyping, reload } = useChat(locale);
  const [draft, setDraft] = useState("");
  const [uploading, setUploading] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [ratingOpen, setRatingOpen] = useState(false);
  const [ratingSkipped, setRatingSkipped] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const networkDown = useNetworkDown();
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

  const tooLong = draft.trim().length > MESSAGE_MAX_CHARS;
  const botAnswered =
    messages.some((m) => m.author === "customer") && messages.some((m) => m.author === "bot" && m.seq > 1);
  const showRating = !ratingSkipped && (resolved || ratingOpen || (last !== undefined && isCsatPrompt(last.payload)));

  function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!draft.trim()) return;
    const result = send(draft);
    // Too long: keep the draft and let the counter say why, instead of failing after the fact.
    if (!result.ok) return;
    setDraft("");
    setNotice(undefined);
    inputRef.current?.focus();
  }

  async function attach(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file || !session) return;
    setUploading(true);
    setNotice(undefined);
    try {
      const { message } = await uploadAttachment(session, file);
      client.addMessages([message]);
    } catch (err) {
      const code = err instanceof ApiError ? err.code : "";
      const maxBytes = err instanceof ApiError ? Number(err.details.maxBytes ?? 0) : 0;
      setNotice(
        code === "ATTACHMENT_TOO_LARGE"
          ? fill(t.attachTooLarge, { mb: maxBytes ? Math.floor(maxBytes / 1048576) : 10 })
          : code === "ATTACHMENT_TYPE_NOT_ALLOWED"
            ? t.attachTypeNotAllowed
            : t.attachFailed,
      );
    } finally {
      setUploading(false);
    }
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
              token={session?.token ?? null}
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
                      {t.failed} {p.failure && p.failure.code !== "NETWORK_ERROR" ? `${p.failure.message}. ` : ""}
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

      <AvailabilityNotice conversation={conversation} session={session} />
      {networkDown ? (
        <p className="kw-notice" role="status" data-testid="widget-network-offline">
          {t.offline}
        </p>
      ) : null}
      {quickReplies.length > 0 ? (
        <fieldset className="kw-quick" aria-label={t.suggestions}>
          {quickReplies.map((q) => (
            <button key={q.value} type="button" className="kw-chip" onClick={() => send(q.value)}>
              {q.label}
            </button>
          ))}
        </fieldset>
      ) : null}

      {showRating ? (
        <CsatForm
          rated={conversation?.csat}
          onRate={rate}
          onRestart={restart}
          onSkip={() => {
            setRatingSkipped(true);
            setRatingOpen(false);
          }}
        />
      ) : null}
      {resolved && ratingSkipped ? (
        <div className="kw-csat kw-csat--done">
          <button type="button" className="kw-link" onClick={restart}>
            {t.newChat}
          </button>
        </div>
      ) : null}
      {!resolved && !showRating && botAnswered && !conversation?.csat ? (
        <button
          type="button"
          className="kw-link kw-rate-chat"
          onClick={() => setRatingOpen(true)}
          data-testid="widget-rate-chat"
        >
          {t.rateChat}
        </button>
      ) : null}
      {notice ? (
        <p className="kw-notice" role="alert" data-testid="widget-notice">
          {notice}
        </p>
      ) : null}

      {!resolved ? (
        <form className="kw-composer" onSubmit={submit}>
          <input
            ref={fileRef}
            type="file"
            accept={ACCEPTED_FILES}
            className="k-sr-only"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => void attach(e)}
            data-testid="widget-file"
          />
          <button
            type="button"
            className="kw-icon-btn kw-attach"
            aria-label={uploading ? t.uploading : t.attach}
            title={t.attach}
            disabled={state.phase !== "ready" || uploading}
            onClick={() => fileRef.current?.click()}
            data-testid="widget-attach"
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                d="M16.5 6.5l-7.8 7.8a2 2 0 0 0 2.8 2.8l7.8-7.8a4 4 0 0 0-5.7-5.7L5.8 11.4a6 6 0 0 0 8.5 8.5l6.2-6.2"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
          </button>
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
            aria-invalid={tooLong}
            aria-describedby={draft.length > COUNTER_FROM ? "kw-length" : undefined}
            data-testid="widget-input"
          />
          {draft.length > COUNTER_FROM ? (
            <span
              id="kw-length"
              className={`kw-length${tooLong ? " kw-length--over" : ""}`}
              role={tooLong ? "alert" : "status"}
              data-testid="widget-length"
            >
              {fill(tooLong ? t.tooLong : t.nearLimit, {
                n: draft.trim().length,
                max: MESSAGE_MAX_CHARS,
                over: draft.trim().length - MESSAGE_MAX_CHARS,
              })}
            </span>
          ) : null}
          <button
            type="submit"
            className="kw-send"
            aria-label={t.send}
            disabled={!draft.trim() || tooLong}
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
