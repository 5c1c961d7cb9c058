import { type JSX, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { ApiError, api, newClientId, queryString } from "../shared/api-client.js";
import type { KbHit, Message } from "../shared/api-types.js";
import { fill, useLocale, useStrings } from "../shared/i18n.js";
import { Button } from "../shared/ui/button.js";
import { ConfirmDialog } from "../shared/ui/confirm-dialog.js";
import { CANNED } from "./canned-responses.js";
import { collabStrings } from "./collab-strings.js";
import { consoleStrings } from "./console-strings.js";
import { useStaffSocket } from "./staff-socket.js";

export interface ComposerProps {
  conversationId: string;
  agentName: string;
  /** Text of the customer's latest message, used to suggest KB articles. */
  lastCustomerText?: string;
  conversationLocale: "en" | "zh";
  willTakeOver: boolean;
  /** A colleague holding the conversation: a reply then needs an explicit takeover. */
  holder?: string;
  /** Called on each keystroke in reply mode (presence: "typing"). */
  onTyped?: () => void;
  onSent: (message: Message) => void;
}

/** Reply or internal-note box with canned responses and KB suggestions. */
export function Composer(props: ComposerProps): JSX.Element {
  const t = useStrings(consoleStrings);
  const c = useStrings(collabStrings);
  const [locale] = useLocale();
  const { socket } = useStaffSocket();
  const [mode, setMode] = useState<"reply" | "note">("reply");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hits, setHits] = useState<KbHit[]>([]);
  const [showCanned, setShowCanned] = useState(false);
  const [confirmTakeover, setConfirmTakeover] = useState(false);
  const typingSent = useRef(0);
  const { conversationId, lastCustomerText, conversationLocale } = props;

  useEffect(() => {
    setHits([]);
    if (!lastCustomerText) return;
    const ctrl = new AbortController();
    api
      .get<{ items: KbHit[] }>(
        `/kb/search${queryString({ q: lastCustomerText.slice(0, 400), locale: conversationLocale, limit: 3 })}`,
        { signal: ctrl.signal },
      )
      .then((r) => setHits(r.items))
      .catch(() => setHits([]));
    return () => ctrl.abort();
  }, [lastCustomerText, conversationLocale]);

  async function send(takeover = false) {
    const body = text.trim();
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<{ message: Message }>(`/conversations/${conversationId}/messages`, {
        text: body,
        clientMessageId: newClientId("agent"),
        internal: mode === "note",
        takeover,
      });
      setText("");
      props.onSent(res.message);
      socket?.send({ type: "typing", conversationId, on: false });
    } catch (err) {
      if (err instanceof ApiError && err.code === "CONVERSATION_ASSIGNED_TO_OTHER") setConfirmTakeover(true);
      else setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  }

  function onChange(value: string) {
    setText(value);
    if (mode === "reply") props.onTyped?.();
    // Tell the shopper an agent is typing, at most every 3 s.
    if (mode === "reply" && Date.now() - typingSent.current > 3000) {
      typingSent.current = Date.now();
      socket?.send({ type: "typing", conversationId, on: true });
    }
  }

  return (
    <div className={`con-composer${mode === "note" ? " con-composer--note" : ""}`}>
      {hits.length > 0 && mode === "reply" ? (
        <fieldset className="con-suggest" aria-label={t.suggestions}>
          <span className="con-suggest-title">{t.suggestions}</span>
          {hits.map((h) => (
            <button
              key={h.id}
              type="button"
              className="con-suggest-item"
              onClick={() => setText(h.snippet)}
              title={h.snippet}
            >
              {h.title}
            </button>
          ))}
        </fieldset>
      ) : null}
      <div className="con-composer-bar">
        <fieldset className="k-segmented" aria-label={t.reply}>
          <button type="button" aria-pressed={mode === "reply"} onClick={() => setMode("reply")}>
            {t.reply}
          </button>
          <button type="button" aria-pressed={mode === "note"} onClick={() => setMode("note")}>
            {t.note}
          </button>
        </fieldset>
        <div className="con-canned">
          <Button size="sm" variant="ghost" aria-expanded={showCanned} onClick={() => setShowCanned((s) => !s)}>
            {t.canned} ▾
          </Button>
          {showCanned ? (
            <ul className="con-canned-menu">
              {CANNED[locale].map((c) => (
                <li key={c.title}>
                  <button
                    type="button"
                    onClick={() => {
                      setText(fill(c.text, { agent: props.agentName }));
                      setShowCanned(false);
                    }}
                  >
                    <strong>{c.title}</strong>
                    <span>{fill(c.text, { agent: props.agentName })}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {props.willTakeOver && mode === "reply" ? <span className="con-composer-hint">{t.takeOverToReply}</span> : null}
      </div>
      <div className="con-composer-row">
        <textarea
          className="k-input con-composer-input"
          rows={3}
          value={text}
          aria-label={mode === "reply" ? t.reply : t.note}
          placeholder={mode === "reply" ? t.replyPlaceholder : t.notePlaceholder}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="composer-input"
        />
        <Button
          variant="primary"
          busy={busy}
          disabled={!text.trim()}
          onClick={() => void send()}
          data-testid="composer-send"
        >
          {mode === "reply" ? t.send : t.addNote}
        </Button>
      </div>
      {error ? (
        <div className="k-alert" role="alert">
          {error}
        </div>
      ) : null}
      {confirmTakeover ? (
        <ConfirmDialog
          title={c.confirmTakeOver.replace("{name}", props.holder ?? t.assignedToOther)}
          confirmLabel={t.takeOver}
          cancelLabel={t.cancel}
          onCancel={() => setConfirmTakeover(false)}
          onConfirm={() => {
            setConfirmTakeover(false);
            void send(true);
          }}
        />
      ) : null}
    </div>
  );
}
