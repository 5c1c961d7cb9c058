import { type JSX, useCallback, useEffect, useRef, useState } from "react";
import { api, queryString } from "../shared/api-client.js";
import type { ConversationSummary, ListResponse } from "../shared/api-types.js";
import { fill, useLocale, useRelativeTime, useStrings } from "../shared/i18n.js";
import { Badge } from "../shared/ui/badge.js";
import { EmptyState } from "../shared/ui/states.js";
import { collabStrings } from "./collab-strings.js";
import { consoleStrings } from "./console-strings.js";
import { localizedDuration } from "./localized-duration.js";
import { byUrgency, isNegative, priorityBadge, slaBadge } from "./queue-signals.js";
import { useStaffSocket } from "./staff-socket.js";
import { useNow } from "./use-now.js";
import { nameOf, useStaffDirectory } from "./use-staff-directory.js";

type Tab = "waiting" | "mine" | "team" | "bot" | "resolved";
const TAB_QUERY: Record<Tab, Record<string, string>> = {
  waiting: { status: "waiting_agent" },
  mine: { status: "agent", assignee: "me" },
  team: { status: "agent" },
  bot: { status: "bot" },
  resolved: { status: "resolved" },
};
/** Resolved conversations grow without end: they come in cursor pages. */
const RESOLVED_PAGE = 30;

interface Lists {
  rows: Record<Tab, ConversationSummary[]>;
  counts: Record<Tab, number>;
  fetchedAt: number;
  resolvedCursor?: string;
}

type Page = ListResponse<ConversationSummary> & { nextCursor?: string };

/** The left column: conversations by state, urgent first, live-updated over the socket. */
export function QueuePanel({
  selectedId,
  onSelect,
  supervisor = false,
}: {
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Admins also get a tab with every conversation an agent holds. */
  supervisor?: boolean;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const [locale] = useLocale();
  const c = useStrings(collabStrings);
  const directory = useStaffDirectory();
  const tabs: Tab[] = supervisor
    ? ["waiting", "mine", "team", "bot", "resolved"]
    : ["waiting", "mine", "bot", "resolved"];
  const rel = useRelativeTime();
  const now = useNow(5000);
  const { listen } = useStaffSocket();
  const [tab, setTab] = useState<Tab>("waiting");
  const empty = { waiting: [], mine: [], team: [], bot: [], resolved: [] };
  const [lists, setLists] = useState<Lists>({
    rows: empty,
    counts: { waiting: 0, mine: 0, team: 0, bot: 0, resolved: 0 },
    fetchedAt: Date.now(),
  });
  const [more, setMore] = useState<{ rows: ConversationSummary[]; cursor?: string }>({ rows: [] });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(async () => {
    const keys: Tab[] = supervisor
      ? ["waiting", "mine", "team", "bot", "resolved"]
      : ["waiting", "mine", "bot", "resolved"];
    const results = await Promise.all(
      keys.map((k) =>
        api.get<Page>(
          `/conversations${queryString({ ...TAB_QUERY[k], limit: k === "resolved" ? RESOLVED_PAGE : 100 })}`,
        ),
      ),
    );
    const rows: Record<Tab, ConversationSummary[]> = { waiting: [], mine: [], team: [], bot: [], resolved: [] };
    const counts: Record<Tab, number> = { waiting: 0, mine: 0, team: 0, bot: 0, resolved: 0 };
    keys.forEach((k, i) => {
      rows[k] = results[i]?.items ?? [];
      counts[k] = results[i]?.total ?? 0;
    });
    rows.waiting.sort(byUrgency);
    const resolvedCursor = results[keys.indexOf("resolved")]?.nextCursor;
    setLists({ rows, counts, fetchedAt: Date.now(), resolvedCursor });
    setMore({ rows: [], cursor: resolvedCursor });
  }, [supervisor]);

  async function loadMore() {
    if (!more.cursor) return;
    const page = await api.get<Page>(
      `/conversations${queryString({ status: "resolved", limit: RESOLVED_PAGE, cursor: more.cursor })}`,
    );
    setMore((m) => ({ rows: [...m.rows, ...page.items], cursor: page.nextCursor }));
  }

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
    mine: t.tabMine,
    team: t.tabTeam,
    bot: t.tabBot,
    resolved: t.tabResolved,
  };
  const rows = tab === "resolved" ? [...lists.rows.resolved, ...more.rows] : lists.rows[tab];
  const elapsed = Math.max(0, (now - lists.fetchedAt) / 1000);

  return (
    <section className="con-queue" aria-label={t.queue}>
      <div className="con-queue-head">
        <h2>{t.queue}</h2>
      </div>
      <div className="con-tabs" role="tablist" aria-label={t.queue}>
        {tabs.map((k) => (
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
            <span className="con-tab-count">{lists.counts[k]}</span>
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
                    <span className="con-qi-name">{row.customerName ?? `${t.visitor} · ${row.id.slice(-6)}`}</span>
                    <span className="con-qi-time">{rel(row.lastMessage?.createdAt ?? row.updatedAt)}</span>
                  </span>
                  <span className="con-qi-text">{row.lastMessage?.text ?? "—"}</span>
                  <span className="con-qi-badges">
                    {row.status === "waiting_agent" ? (
                      <>
                        <Badge tone={prio.tone}>● {prio.label}</Badge>
                        <Badge tone={sla.tone}>{sla.label}</Badge>
                        <span className="con-qi-wait">
                          {fill(t.waiting, { t: localizedDuration(waiting, locale) })}
                        </span>
                      </>
                    ) : null}
                    {isNegative(row) ? <Badge tone="danger">{t.negative}</Badge> : null}
                    {row.handoff ? <Badge>{t[`reason_${row.handoff.reason}`]}</Badge> : null}
                    {row.csat ? <Badge tone="accent">★ {row.csat}</Badge> : null}
                    {tab === "team" && row.assigneeId ? (
                      <Badge>{nameOf(directory, row.assigneeId, t.assignedToOther)}</Badge>
                    ) : null}
                    <Badge>{row.locale === "zh" ? "中文" : "EN"}</Badge>
                  </span>
                </button>
              </li>
            );
          })}
          {tab === "resolved" && more.cursor ? (
            <li>
              <button type="button" className="con-load-more" onClick={() => void loadMore()} data-testid="load-more">
                {c.loadMore}
              </button>
            </li>
          ) : null}
        </ul>
      </div>
    </section>
  );
}
