import { type JSX, useState } from "react";
import { Card, PageHeader } from "../components/card.js";
import { Pager } from "../components/pager.js";
import { scrollRegion } from "../components/scroll-region.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import { queryString } from "../lib/api-client.js";
import type { AuditEvent, ListPage } from "../lib/api-types.js";
import { formatDateTime } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { AUDIT_STRINGS } from "./audit/audit-strings.js";
import { actorText, detailsText, entityText } from "./audit/audit-text.js";
import { useNameBook } from "./audit/use-name-book.js";

const LIMIT = 25;

interface AuditFilter {
  action: string;
  entityId: string;
  since: string;
}

const NO_FILTER: AuditFilter = { action: "", entityId: "", since: "" };

function actionTone(action: string): string {
  if (/delete|disable|reject|cancel/.test(action)) return "adm-badge-bad";
  if (/create|approve|login/.test(action)) return "adm-badge-good";
  if (/update|policy|modify/.test(action)) return "adm-badge-warn";
  return "adm-badge-accent";
}

/** The audit log with action/entity/date filters and paging (GET /audit). */
export function AuditPage(): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const a = t.audit;
  const words = AUDIT_STRINGS[locale];
  const [draft, setDraft] = useState<AuditFilter>(NO_FILTER);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const path = `/audit${queryString({
    action: filter.action.trim(),
    entityId: filter.entityId.trim(),
    since: filter.since ? new Date(`${filter.since}T00:00:00`).toISOString() : "",
    offset,
    limit: LIMIT,
  })}`;
  const events = useApi<ListPage<AuditEvent>>(path);
  const names = useNameBook(events.data?.items);

  function apply(next: AuditFilter): void {
    setFilter(next);
    setOffset(0);
  }

  return (
    <div className="adm-page" data-testid="admin-audit">
      <PageHeader title={a.title} subtitle={a.subtitle} />
      <Card>
        <form
          className="adm-form-row adm-filter-bar"
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <label className="adm-field">
            <span>{a.action}</span>
            <input
              name="action"
              value={draft.action}
              placeholder="kb.update"
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            />
          </label>
          <label className="adm-field">
            <span>{a.entityId}</span>
            <input
              name="entityId"
              value={draft.entityId}
              onChange={(e) => setDraft({ ...draft, entityId: e.target.value })}
            />
          </label>
          <label className="adm-field">
            <span>{a.since}</span>
            <input type="date" value={draft.since} onChange={(e) => setDraft({ ...draft, since: e.target.value })} />
          </label>
          <button type="submit" className="adm-btn">
            {a.filter}
          </button>
          <button
            type="button"
            className="adm-btn adm-btn-ghost"
            onClick={() => {
              setDraft(NO_FILTER);
              apply(NO_FILTER);
            }}
          >
            {a.clear}
          </button>
        </form>
      </Card>
      <Card>
        {events.error ? <ErrorState error={events.error} onRetry={events.reload} /> : null}
        {events.loading && !events.data ? <LoadingState /> : null}
        {events.data && events.data.items.length === 0 ? <EmptyState>{a.none}</EmptyState> : null}
        {events.data && events.data.items.length > 0 ? (
          <>
            <div className={`adm-table-wrap${events.loading ? " adm-stale" : ""}`} {...scrollRegion(t.nav.audit)}>
              <table className="adm-table" data-testid="audit-table">
                <thead>
                  <tr>
                    <th>{a.at}</th>
                    <th>{a.actor}</th>
                    <th>{a.action}</th>
                    <th>{a.entity}</th>
                    <th>{a.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.data.items.map((event) => (
                    <tr key={event.id}>
                      <td className="adm-nowrap">{formatDateTime(event.at, intl)}</td>
                      <td title={event.actor.id}>{actorText(event.actor, names, words)}</td>
                      <td>
                        <button
                          type="button"
                          className={`adm-badge adm-badge-btn ${actionTone(event.action)}`}
                          onClick={() => {
                            const next = { ...draft, action: event.action };
                            setDraft(next);
                            apply(next);
                          }}
                        >
                          {words.actions[event.action] ?? event.action}
                        </button>
                        {words.actions[event.action] ? (
                          <div className="adm-muted mono adm-small">{event.action}</div>
                        ) : null}
                      </td>
                      <td title={event.entityId}>{entityText(event, names, words)}</td>
                      <td className="adm-details">{detailsText(event.details, names, words, t.handoffReasonNames)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager offset={offset} limit={LIMIT} total={events.data.total} onChange={setOffset} />
          </>
        ) : null}
      </Card>
    </div>
  );
}
