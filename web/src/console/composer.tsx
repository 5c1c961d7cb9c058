import { type JSX, type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { CannedAction } from "../../../src/contract/canned-replies.js";
import { ApiError, api, newClientId, queryString } from "../shared/api-client.js";
import type { ConversationDetail, KbHit, Message } from "../shared/api-types.js";
import { fill, useStrings } from "../shared/i18n.js";
import { Button } from "../shared/ui/button.js";
import { ConfirmDialog } from "../shared/ui/confirm-dialog.js";
import { CannedMenu } from "./canned-menu.js";
import { CannedNotices } from "./canned-notices.js";
import { cannedStrings } from "./canned-strings.js";
import { collabStrings } from "./collab-strings.js";
import { consoleStrings } from "./console-strings.js";
import { fillCannedReply, unfilledVariables } from "./fill-canned-reply.js";
import { loadCannedValues } from "./load-canned-values.js";
import { runCannedActions } from "./run-canned-actions.js";
import { useStaffSocket } from "./staff-socket.js";
import { useCannedPicker } from "./use-canned-picker.js";

export interface ComposerProps {
  conversationId: string;
  agentName: string;
  /** Text of the customer's latest message, used to suggest KB articles. */
  lastCustomerText?: string;
  conversationLocale: "en" | "zh";
  /** The open conversation, whose customer and orders fill canned-reply variables. */
  detail?: ConversationDetail;
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
  const k = useStrings(cannedStrings);
  const { socket } = useStaffSocket();
  const [mode, setMode] = useState<"reply" | "note">("reply");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hits, setHits] = useState<KbHit[]>([]);
  // Actions of the inserted canned reply, run after it is sent (a macro).
  const [macro, setMacro] = useState<CannedAction[]>([]);
  const input = useRef<HTMLTextAreaElement>(null);
  const [confirmTakeover, setConfirmTakeover] = useState(false);
  const typingSent = useRef(0);
  const { conversationId, lastCustomerText, conversationLocale } = props;
  const unfilled = mode === "reply" ? unfilledVariables(text) : [];
  const picker = useCannedPicker(conversationLocale, (reply) => {
    void loadCannedValues(props.detail, props.agentName).then((values) => {
      const filled = fillCannedReply(reply.body, values);
      setText(filled.text);
      setMacro(reply.actions);
      // Select the first placeholder left so the agent types the missing value over it.
      const first = filled.unfilled[0];
      requestAnimationFrame(() => {
        input.current?.focus();
        if (first) input.current?.setSelectionRange(first.start, first.end);
      });
    });
  });

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
    if (!body || unfilled.length > 0) return;
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
      const actions = mode === "reply" ? macro : [];
      setMacro([]);
      const failure = await runCannedActions(conversationId, actions);
      if (failure) {
        const why = failure.error instanceof ApiError ? failure.error.message : String(failure.error);
        setError(fill(k.actionFailed, { action: k[`action_${failure.failed}`], error: why }));
      }
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
    if (picker.onKeyDown(e)) return;
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  }

  function onChange(value: string) {
    setText(value);
    picker.onDraftChange(value);
    if (!value.trim()) setMacro([]);
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
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={picker.open}
            onClick={picker.toggle}
            data-testid="canned-open"
          >
            {k.open} ▾
          </Button>
          {picker.open ? <CannedMenu picker={picker} locale={conversationLocale} /> : null}
        </div>
        {props.willTakeOver && mode === "reply" ? <span className="con-composer-hint">{t.takeOverToReply}</span> : null}
      </div>
      <div className="con-composer-row">
        <textarea
          ref={input}
          className="k-input con-composer-input"
          rows={3}
          value={text}
          aria-label={mode === "reply" ? t.reply : t.note}
          placeholder={mode === "reply" ? t.replyPlaceholder : t.notePlaceholder}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          aria-controls={picker.open ? picker.listId : undefined}
          aria-activedescendant={picker.open && picker.items.length ? picker.optionId(picker.active) : undefined}
          data-testid="composer-input"
        />
        <Button
          variant="primary"
          busy={busy}
          disabled={!text.trim() || unfilled.length > 0}
          onClick={() => void send()}
          data-testid="composer-send"
        >
          {mode === "reply" ? t.send : t.addNote}
        </Button>
      </div>
      {mode === "reply" ? <CannedNotices unfilled={unfilled} macro={macro} onDropMacro={() => setMacro([])} /> : null}
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
