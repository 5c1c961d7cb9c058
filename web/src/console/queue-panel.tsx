import { type JSX, useCallback, useEffect, useRef, useState } from "react";
import { api, queryString } from "../shared/api-client.js";
import type { ConversationSummary, ListResponse } from "../shared/api-types.js";
import { fill, formatDuration, useRelativeTime, useStrings } from "../shared/i18n.js";
import { Badge } from "../shared/ui/badge.js";
import { EmptyState } from "../shared/ui/states.js";
import { consoleStrings } from "./console-strings.js";
import { byUrgency, isNegative, priorityBadge, slaBadge } from "./queue-signals.js";
import { useStaffSocket } from "./staff-socket.js";
import { useNow } from "./use-now.js";

type Tab = "waiting" | "mine" | "bot" | "resolved";
const TAB_QUERY: Record<Tab, Record<string, string>> = {
  waiting: { status: "waiting_agent" },
  mine: { status: "agent", assignee: "me" },
  bot: { status: "bot" },
  resolved: { status: "resolved" },
};
const TABS: Tab[] = ["waiting", "mine", "bot", "resolved"];

interface Lists {
  rows: Record<Tab, ConversationSummary[]>;
  fetchedAt: number;
}

/** The left column: conversations by state, urgent first, live-updated over the socket. */
export function QueuePanel({
  selectedId,
  onSelect,
  supervisor = false,
}: {
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Admins see every conversation with an agent in the second tab, not only their own. */
  supervisor?: boolean;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const rel = useRelativeTime();
  const now = useNow(5000);
  const { listen } = useStaffSocket();
  const [tab, setTab] = useState<Tab>("waiting");
  const [lists, setLists] = useState<Lists>({
    rows: { waiting: [], mine: [], bot: [], resolved: [] },
    fetchedAt: Date.now(),
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(async () => {
    const results = await Promise.all(
      TABS.map((k) =>
        api.get<ListResponse<ConversationSummary>>(
          `/conversations${queryString({ ...(k === "mine" && supervisor ? { status: "agent" } : TAB_QUERY[k]), limit: 100 })}`,
        ),
      ),
    );
    const [waiting, mine, bot, resolved] = results.map((r) => r.items);
    const rows: Record<Tab, ConversationSummary[]> = {
      waiting: waiting ?? [],
      mine: mine ?? [],
      bot: bot ?? [],
      resolved: resolved ?? [],
    };
    rows.waiting.sort(byUrgency);
    setLists({ rows, fetchedAt: Date.now() });
  }, [supervisor]);

  useEffect(() => {
    void load();
    // Frames arrive in bursts (message + conversation + handoff): refresh once per burst.
    return listen((frame) => {
      if (frame.type === "conversation" || frame.type === "handoff" || frame.type === "message") {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void load(), 250);
      }
    });
  }, [listen, load]);

  const tabLabel: Record<Tab, string> = {
    waiting: t.tabWaiting,
    mine: supervisor ? t.tabTeam : t.tabMine,
    bot: t.tabBot,
    resolved: t.tabResolved,
  };
  const rows = lists.rows[tab];
  const elapsed = Math.max(0, (now - lists.fetchedAt) / 1000);

  return (
    <section className="con-queue" aria-label={t.queue}>
      <div className="con-queue-head">
        <h2>{t.queue}</h2>
      </div>
      <div className="con-tabs" role="tablist" aria-label={t.queue}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className="con-tab"
            onClick={() => setTab(k)}
            data-testid={`queue-tab-${k}`}
          >
            {tabLabel[k]}
            <span className="con-tab-count">{lists.rows[k].length}</span>
          </button>
        ))}
      </div>
      {/* The tab panel wraps the list: a role on the <ul> itself would hide its items from assistive tech. */}
      <div role="tabpanel" className="con-queue-panel">
        <ul className="con-queue-list">
          {rows.length === 0 ? (
            <li>
              <EmptyState title={t.emptyQueue}>{t.emptyQueueHint}</EmptyState>
            </li>
          ) : null}
          {rows.map((row) => {
            const waiting = row.status === "waiting_agent" ? row.waitingSeconds + elapsed : 0;
            const prio = priorityBadge(row.priority, t);
            const sla = slaBadge(waiting, t);
            return (
              <li key={row.id}>
                <button
                  type="button"
                  className="con-queue-item"
                  aria-current={row.id === selectedId ? "true" : undefined}
                  onClick={() => onSelect(row.id)}
                  data-testid="queue-item"
                  data-conversation-id={row.id}
                >
                  <span className="con-qi-top">
                    <span className="con-qi-name">
                      {row.verifiedCustomerId ?? `${t.visitor} · ${row.id.slice(-6)}`}
                    </span>
                    <span className="con-qi-time">{rel(row.lastMessage?.createdAt ?? row.updatedAt)}</span>
                  </span>
                  <span className="con-qi-text">{row.lastMessage?.text ?? "—"}</span>
                  <span className="con-qi-badges">
                    {row.status === "waiting_agent" ? (
                      <>
                        <Badge tone={prio.tone}>● {prio.label}</Badge>
                        <Badge tone={sla.tone}>{sla.label}</Badge>
                        <span className="con-qi-wait">{fill(t.waiting, { t: formatDuration(waiting) })}</span>
                      </>
                    ) : null}
                    {isNegative(row) ? <Badge tone="danger">{t.negative}</Badge> : null}
                    {row.handoff ? <Badge>{t[`reason_${row.handoff.reason}`]}</Badge> : null}
                    {row.csat ? <Badge tone="accent">★ {row.csat}</Badge> : null}
                    <Badge>{row.locale === "zh" ? "中文" : "EN"}</Badge>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
