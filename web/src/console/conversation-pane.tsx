import { type JSX, useCallback, useEffect, useRef, useState } from "react";
import { ApiError, api } from "../shared/api-client.js";
import type { Conversation, ConversationDetail, Handoff, Message, StaffUser } from "../shared/api-types.js";
import { fill, formatDuration, useStrings } from "../shared/i18n.js";
import { Badge, type BadgeTone } from "../shared/ui/badge.js";
import { Button } from "../shared/ui/button.js";
import { EmptyState, Spinner } from "../shared/ui/states.js";
import { Composer } from "./composer.js";
import { consoleStrings } from "./console-strings.js";
import { CustomerPanel } from "./customer-panel.js";
import { HandoffSummaryView } from "./handoff-summary-view.js";
import { mergeMessages } from "./merge-messages.js";
import { MessageRow } from "./message-row.js";
import { priorityBadge } from "./queue-signals.js";
import { useStaffSocket } from "./staff-socket.js";

const STATUS_TONE: Record<Conversation["status"], BadgeTone> = {
  bot: "accent",
  waiting_agent: "warning",
  agent: "success",
  resolved: "neutral",
};

/** The open conversation: header actions, hand-off summary, transcript with reasoning, composer, customer 360. */
export function ConversationPane({ id, user }: { id: string; user: StaffUser }): JSX.Element {
  const t = useStrings(consoleStrings);
  const { socket, listen } = useStaffSocket();
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
  const lastCustomer = [...messages].reverse().find((m) => m.author === "customer");
  const prio = handoff ? priorityBadge(handoff.priority, t) : undefined;
  const waitedSeconds = handoff
    ? (Date.parse(handoff.assignedAt ?? new Date().toISOString()) - Date.parse(handoff.createdAt)) / 1000
    : 0;

  return (
    <>
      <section className="con-pane" aria-label={detail.customer?.email ?? c.id}>
        <header className="con-pane-head">
          <div className="con-pane-title">
            <h2>{c.verifiedCustomerId ?? `${t.visitor} · ${c.id.slice(-6)}`}</h2>
            <div className="con-pane-sub">
              <Badge tone={STATUS_TONE[c.status]}>{statusLabel}</Badge>
              {c.assigneeId ? <span title={c.assigneeId}>{mine ? t.assignedToYou : t.assignedToOther}</span> : null}
              <span className="con-mono">{c.id}</span>
            </div>
          </div>
          <div className="con-pane-actions">
            {c.status !== "resolved" && !mine ? (
              <Button
                variant="primary"
                busy={busy === "assign"}
                onClick={() => void act("assign", `/conversations/${id}/assign`)}
                data-testid="take-over"
              >
                {t.takeOver}
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
        {handoff ? (
          <div className="con-handoff" data-testid="handoff-summary">
            <div className="con-handoff-head">
              <strong>{t.handoffSummary}</strong>
              <Badge>{t[`reason_${handoff.reason}`]}</Badge>
              {prio ? <Badge tone={prio.tone}>● {prio.label}</Badge> : null}
              {handoff.assignedAt ? (
                <span className="con-muted">{fill(t.waitedFor, { t: formatDuration(waitedSeconds) })}</span>
              ) : null}
            </div>
            <HandoffSummaryView summary={handoff.summary} />
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
            willTakeOver={c.status === "bot" || c.status === "waiting_agent"}
            onSent={(m) => {
              setMessages((list) => mergeMessages(list, [m]));
              void load();
            }}
          />
        ) : null}
      </section>
      <CustomerPanel detail={detail} onChanged={() => void load()} />
    </>
  );
}
