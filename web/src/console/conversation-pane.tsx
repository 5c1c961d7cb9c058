import { type JSX, useCallback, useEffect, useRef, useState } from "react";
import { customerDisplayName } from "../../../src/contract/shop-entities.js";
import { ApiError, api } from "../shared/api-client.js";
import type { Conversation, ConversationDetail, Handoff, Message, StaffUser } from "../shared/api-types.js";
import { fill, useLocale, useStrings } from "../shared/i18n.js";
import { Badge, type BadgeTone } from "../shared/ui/badge.js";
import { Button } from "../shared/ui/button.js";
import { ConfirmDialog } from "../shared/ui/confirm-dialog.js";
import { EmptyState, Spinner } from "../shared/ui/states.js";
import { collabStrings } from "./collab-strings.js";
import { Composer } from "./composer.js";
import { consoleStrings } from "./console-strings.js";
import { CustomerPanel } from "./customer-panel.js";
import { HandoffSummaryView } from "./handoff-summary-view.js";
import { localizedDuration } from "./localized-duration.js";
import { mergeMessages } from "./merge-messages.js";
import { MessageRow } from "./message-row.js";
import { priorityBadge } from "./queue-signals.js";
import { useStaffSocket } from "./staff-socket.js";
import { TransferDialog } from "./transfer-dialog.js";
import { usePresence } from "./use-presence.js";
import { nameOf, useStaffDirectory } from "./use-staff-directory.js";

const STATUS_TONE: Record<Conversation["status"], BadgeTone> = {
  bot: "accent",
  waiting_agent: "warning",
  agent: "success",
  resolved: "neutral",
};

/** The open conversation: header actions, hand-off summary, transcript with reasoning, composer, customer 360. */
export function ConversationPane({
  id,
  user,
  onBack,
}: {
  id: string;
  user: StaffUser;
  /** Phone layout: back to the queue. */
  onBack?: () => void;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const [locale] = useLocale();
  const c2 = useStrings(collabStrings);
  const { socket, listen } = useStaffSocket();
  const directory = useStaffDirectory();
  const presence = usePresence(id, user.id);
  const [dialog, setDialog] = useState<"takeover" | "transfer" | null>(null);
  const [drawer, setDrawer] = useState(false);
  const [detail, setDetail] = useState<ConversationDetail>();
  const [messages, setMessages] = useState<Message[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [typing, setTyping] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const load = useCallback(async () => {
    try {
      const d = await api.get<ConversationDetail>(`/conversations/${id}`);
      setDetail(d);
      setMessages((m) => mergeMessages(m, d.messages));
      setError(null);
      return d;
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }, [id]);

  useEffect(() => {
    setDetail(undefined);
    setMessages([]);
    setTyping(null);
    let cancelled = false;
    void load().then((d) => {
      if (!cancelled && d) socket?.resume(id, d.conversation.lastSeq);
    });
    const stop = listen((frame) => {
      if ((frame.type === "message" || frame.type === "ack") && frame.message.conversationId === id) {
        const message: Message = frame.message;
        setMessages((m) => mergeMessages(m, [message]));
        if (message.author === "customer") setTyping(null);
      } else if (frame.type === "conversation" && frame.conversation.id === id) {
        void load();
      } else if (frame.type === "handoff" && frame.handoff.conversationId === id) {
        void load();
      } else if (frame.type === "typing" && frame.conversationId === id && frame.author === "customer") {
        setTyping(frame.on ? t.authorCustomer : null);
      }
    });
    return () => {
      cancelled = true;
      stop();
      socket?.forget(id);
    };
  }, [id, socket, listen, load, t.authorCustomer]);

  useEffect(() => {
    const el = listRef.current;
    if (el && messages.length) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  async function act(name: string, path: string) {
    setBusy(name);
    try {
      await api.post(path);
      await load();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }

  if (!detail) {
    return (
      <section className="con-pane con-pane--center">
        {error ? <EmptyState title={t.loadFailed}>{error}</EmptyState> : <Spinner label="…" />}
      </section>
    );
  }
  const c = detail.conversation;
  const handoff: Handoff | undefined =
    detail.handoffs.find((h) => h.status !== "resolved") ?? detail.handoffs[detail.handoffs.length - 1];
  const statusLabel = {
    bot: t.statusBot,
    waiting_agent: t.statusWaiting,
    agent: t.statusAgent,
    resolved: t.statusResolved,
  }[c.status];
  const mine = c.assigneeId === user.id;
  // Held by a colleague: replying or taking over needs an explicit confirmation (the server answers 409 otherwise).
  const holder =
    c.status === "agent" && c.assigneeId && !mine ? nameOf(directory, c.assigneeId, t.assignedToOther) : undefined;
  const title = detail.customer ? customerDisplayName(detail.customer) : `${t.visitor} · ${c.id.slice(-6)}`;
  const lastCustomer = [...messages].reverse().find((m) => m.author === "customer");
  const prio = handoff ? priorityBadge(handoff.priority, t) : undefined;
  const waitedSeconds = handoff
    ? (Date.parse(handoff.assignedAt ?? new Date().toISOString()) - Date.parse(handoff.createdAt)) / 1000
    : 0;

  return (
    <>
      <section className="con-pane" aria-label={title}>
        <header className="con-pane-head">
          {onBack ? (
            <button type="button" className="con-back" onClick={onBack} data-testid="back-to-queue">
              ← {t.queue}
            </button>
          ) : null}
          <div className="con-pane-title">
            <h2>{title}</h2>
            <div className="con-pane-sub">
              <Badge tone={STATUS_TONE[c.status]}>{statusLabel}</Badge>
              {mine ? <span>{t.assignedToYou}</span> : null}
              {holder ? (
                <span className="con-holder" data-testid="holder">
                  {fill(c2.heldBy, { name: holder })}
                </span>
              ) : null}
            </div>
          </div>
          <div className="con-pane-actions">
            <button
              type="button"
              className="con-drawer-toggle"
              aria-expanded={drawer}
              onClick={() => setDrawer((d) => !d)}
              data-testid="customer-drawer-toggle"
            >
              {t.customer}
            </button>
            {c.status !== "resolved" && !mine ? (
              <Button
                variant="primary"
                busy={busy === "assign"}
                onClick={() => (holder ? setDialog("takeover") : void act("assign", `/conversations/${id}/assign`))}
                data-testid="take-over"
              >
                {holder ? fill(c2.takeOverFrom, { name: holder }) : t.takeOver}
              </Button>
            ) : null}
            {c.status !== "resolved" && (mine || user.role === "admin") ? (
              <Button onClick={() => setDialog("transfer")} data-testid="transfer">
                {c2.transfer}
              </Button>
            ) : null}
            {c.status === "agent" && mine ? (
              <Button busy={busy === "handback"} onClick={() => void act("handback", `/conversations/${id}/handback`)}>
                {t.handBack}
              </Button>
            ) : null}
            {c.status !== "resolved" ? (
              <Button
                busy={busy === "resolve"}
                onClick={() => void act("resolve", `/conversations/${id}/resolve`)}
                data-testid="resolve"
              >
                ✓ {t.resolve}
              </Button>
            ) : (
              <Button busy={busy === "reopen"} onClick={() => void act("reopen", `/conversations/${id}/reopen`)}>
                {t.reopen}
              </Button>
            )}
          </div>
        </header>
        {error ? (
          <div className="k-alert con-pane-alert" role="alert">
            {error}
          </div>
        ) : null}
        {presence.others.length > 0 ? (
          <div className="con-presence" data-testid="presence" aria-live="polite">
            <span className="con-muted">{c2.viewing}</span>
            {presence.others.map((v) => (
              <span key={v.staffId} className="con-presence-chip">
                {v.name}
                {v.typing ? <em> {c2.typingNow}</em> : null}
              </span>
            ))}
          </div>
        ) : null}
        {handoff ? (
          <div className="con-handoff" data-testid="handoff-summary">
            <div className="con-handoff-head">
              <strong>{t.handoffSummary}</strong>
              <Badge>{t[`reason_${handoff.reason}`]}</Badge>
              {prio ? <Badge tone={prio.tone}>● {prio.label}</Badge> : null}
              {handoff.assignedAt ? (
                <span className="con-muted">{fill(t.waitedFor, { t: localizedDuration(waitedSeconds, locale) })}</span>
              ) : null}
            </div>
            <HandoffSummaryView
              summary={handoff.summary}
              customerName={detail.customer ? customerDisplayName(detail.customer) : undefined}
            />
          </div>
        ) : null}
        <ol className="con-transcript" ref={listRef} aria-live="polite" data-testid="transcript">
          {messages.map((m) => (
            <MessageRow key={m.seq} message={m} />
          ))}
        </ol>
        {typing ? <div className="con-typing">{fill(t.typing, { who: typing })}</div> : null}
        {c.status !== "resolved" ? (
          <Composer
            conversationId={id}
            agentName={user.name}
            lastCustomerText={lastCustomer?.text}
            conversationLocale={c.locale}
            detail={detail}
            willTakeOver={c.status === "bot" || c.status === "waiting_agent"}
            holder={holder}
            onTyped={presence.typed}
            onSent={(m) => {
              setMessages((list) => mergeMessages(list, [m]));
              void load();
            }}
          />
        ) : null}
      </section>
      <div className={drawer ? "con-side-wrap con-side-wrap--open" : "con-side-wrap"}>
        {drawer ? (
          <button
            type="button"
            className="con-drawer-close"
            aria-label={t.cancel}
            onClick={() => setDrawer(false)}
            data-testid="customer-drawer-close"
          >
            ×
          </button>
        ) : null}
        <CustomerPanel detail={detail} onChanged={() => void load()} />
      </div>
      {dialog === "takeover" && holder ? (
        <ConfirmDialog
          title={fill(c2.takeOverFrom, { name: holder })}
          confirmLabel={t.takeOver}
          cancelLabel={t.cancel}
          busy={busy === "assign"}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void act("assign", `/conversations/${id}/assign`);
          }}
        >
          <p>{fill(c2.heldBy, { name: holder })}</p>
        </ConfirmDialog>
      ) : null}
      {dialog === "transfer" ? (
        <TransferDialog
          conversationId={id}
          selfId={user.id}
          directory={directory}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void load();
          }}
        />
      ) : null}
    </>
  );
}
