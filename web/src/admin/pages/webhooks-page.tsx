import { type JSX, useState } from "react";
import { SUBSCRIBABLE_WEBHOOK_EVENTS } from "../../../../src/contract/webhook-events.js";
import { Card, PageHeader } from "../components/card.js";
import { Pager } from "../components/pager.js";
import { scrollRegion } from "../components/scroll-region.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest, queryString } from "../lib/api-client.js";
import type { ListPage } from "../lib/api-types.js";
import { formatDateTime } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";

interface Endpoint {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  secret: string;
  createdAt: string;
}

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: "pending" | "delivered" | "failed";
  attempts: { at: string; statusCode?: number; error?: string; durationMs: number }[];
  nextAttemptAt?: string;
  createdAt: string;
}

const LIMIT = 20;

function statusTone(status: Delivery["status"]): string {
  if (status === "delivered") return "adm-badge-good";
  if (status === "failed") return "adm-badge-bad";
  return "adm-badge-warn";
}

/** The delivery log of one endpoint, with a replay button per delivery. */
function DeliveryLog(props: { endpoint: Endpoint }): JSX.Element {
  const { t, intl } = useAdminStrings();
  const w = t.webhooks;
  const [offset, setOffset] = useState(0);
  const log = useApi<ListPage<Delivery>>(
    `/webhooks/${encodeURIComponent(props.endpoint.id)}/deliveries${queryString({ offset, limit: LIMIT })}`,
  );
  const [busy, setBusy] = useState<string | undefined>();

  async function replay(id: string): Promise<void> {
    setBusy(id);
    try {
      await apiRequest("POST", `/webhook-deliveries/${encodeURIComponent(id)}/replay`);
      log.reload();
    } finally {
      setBusy(undefined);
    }
  }

  if (log.error) return <ErrorState error={log.error} onRetry={log.reload} />;
  if (!log.data) return <LoadingState rows={3} />;
  if (log.data.items.length === 0) return <EmptyState>{w.noDeliveries}</EmptyState>;
  return (
    <>
      <div className="adm-table-wrap" {...scrollRegion(t.nav.webhooks)}>
        <table className="adm-table" data-testid="webhook-deliveries">
          <caption className="k-sr-only">{w.deliveries}</caption>
          <thead>
            <tr>
              <th scope="col">{w.created}</th>
              <th scope="col">{w.event}</th>
              <th scope="col">{w.status}</th>
              <th scope="col">{w.attempts}</th>
              <th scope="col">
                <span className="k-sr-only">{w.replay}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {log.data.items.map((d) => {
              const last = d.attempts.at(-1);
              return (
                <tr key={d.id}>
                  <td className="adm-nowrap">{formatDateTime(d.createdAt, intl)}</td>
                  <td>
                    <span className="mono">{d.eventType}</span>
                  </td>
                  <td>
                    <span className={`adm-badge ${statusTone(d.status)}`}>{w.statusNames[d.status]}</span>
                  </td>
                  <td>
                    {d.attempts.length}
                    {last ? ` · ${last.statusCode ?? last.error ?? ""}` : ""}
                    {d.nextAttemptAt && d.status === "pending"
                      ? ` · ${w.nextAttempt} ${formatDateTime(d.nextAttemptAt, intl)}`
                      : ""}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="adm-btn adm-btn-ghost"
                      disabled={busy === d.id}
                      onClick={() => void replay(d.id)}
                    >
                      {w.replay}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} limit={LIMIT} total={log.data.total} onChange={setOffset} />
    </>
  );
}

/** Outbound webhooks: register receivers, see their secrets once, follow deliveries and replay them. */
export function WebhooksPage(): JSX.Element {
  const { t } = useAdminStrings();
  const w = t.webhooks;
  const endpoints = useApi<{ items: Endpoint[] }>("/webhooks");
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [secret, setSecret] = useState<{ id: string; secret: string } | undefined>();
  const [open, setOpen] = useState<string | undefined>();

  async function run(action: () => Promise<unknown>): Promise<void> {
    setError(undefined);
    try {
      await action();
      endpoints.reload();
    } catch (err) {
      setError(err instanceof ApiError ? `${err.message} (${err.code})` : String(err));
    }
  }

  return (
    <div className="adm-page" data-testid="admin-webhooks">
      <PageHeader title={w.title} subtitle={w.subtitle} />
      <Card title={w.add}>
        <form
          className="adm-form-row"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const created = await apiRequest<Endpoint>("POST", "/webhooks", {
                url: url.trim(),
                description: description.trim(),
                events,
              });
              setSecret({ id: created.id, secret: created.secret });
              setUrl("");
              setDescription("");
              setEvents([]);
            });
          }}
        >
          <label className="adm-field">
            <span>{w.url}</span>
            <input
              name="url"
              type="url"
              required
              value={url}
              placeholder="https://crm.example.com/kefu"
              onChange={(e) => setUrl(e.target.value)}
            />
          </label>
          <label className="adm-field">
            <span>{w.description}</span>
            <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <fieldset className="adm-field adm-checkbox-group">
            <legend>{w.events}</legend>
            {SUBSCRIBABLE_WEBHOOK_EVENTS.map((type) => (
              <label key={type} className="adm-check">
                <input
                  type="checkbox"
                  checked={events.includes(type)}
                  onChange={(e) => setEvents(e.target.checked ? [...events, type] : events.filter((x) => x !== type))}
                />
                <span className="mono">{type}</span>
              </label>
            ))}
            <span className="adm-field-hint">{w.allEventsHint}</span>
          </fieldset>
          <button type="submit" className="adm-btn">
            {w.create}
          </button>
        </form>
        {error ? (
          <p className="adm-field-error" role="alert">
            {error}
          </p>
        ) : null}
        {secret ? (
          <p className="adm-secret" role="status" data-testid="webhook-secret">
            {w.secretOnce} <code>{secret.secret}</code>
          </p>
        ) : null}
      </Card>
      <Card title={w.endpoints}>
        {endpoints.error ? <ErrorState error={endpoints.error} onRetry={endpoints.reload} /> : null}
        {endpoints.loading && !endpoints.data ? <LoadingState /> : null}
        {endpoints.data && endpoints.data.items.length === 0 ? <EmptyState>{w.none}</EmptyState> : null}
        {endpoints.data?.items.map((endpoint) => (
          <section key={endpoint.id} className="adm-webhook" aria-label={endpoint.url}>
            <div className="adm-form-row">
              <div>
                <div className="mono">{endpoint.url}</div>
                <div className="adm-muted">
                  {endpoint.description || "—"} ·{" "}
                  {endpoint.events.length === 0 ? w.allEvents : endpoint.events.join(", ")} · {w.secret}{" "}
                  <code>{endpoint.secret}</code>
                </div>
              </div>
              <span className={`adm-badge ${endpoint.enabled ? "adm-badge-good" : "adm-badge-bad"}`}>
                {endpoint.enabled ? w.enabled : w.disabled}
              </span>
              <button
                type="button"
                className="adm-btn adm-btn-ghost"
                onClick={() => setOpen(open === endpoint.id ? undefined : endpoint.id)}
                aria-expanded={open === endpoint.id}
              >
                {w.deliveries}
              </button>
              <button
                type="button"
                className="adm-btn adm-btn-ghost"
                onClick={() => void run(() => apiRequest("POST", `/webhooks/${endpoint.id}/test`))}
              >
                {w.sendTest}
              </button>
              <button
                type="button"
                className="adm-btn adm-btn-ghost"
                onClick={() =>
                  void run(() => apiRequest("PATCH", `/webhooks/${endpoint.id}`, { enabled: !endpoint.enabled }))
                }
              >
                {endpoint.enabled ? w.disable : w.enable}
              </button>
              <button
                type="button"
                className="adm-btn adm-btn-ghost"
                onClick={() =>
                  void run(async () => {
                    const rotated = await apiRequest<Endpoint>("POST", `/webhooks/${endpoint.id}/rotate-secret`);
                    setSecret({ id: rotated.id, secret: rotated.secret });
                  })
                }
              >
                {w.rotate}
              </button>
              <button
                type="button"
                className="adm-btn adm-btn-danger"
                onClick={() => {
                  if (window.confirm(w.confirmDelete)) void run(() => apiRequest("DELETE", `/webhooks/${endpoint.id}`));
                }}
              >
                {t.common.delete}
              </button>
            </div>
            {open === endpoint.id ? <DeliveryLog endpoint={endpoint} /> : null}
          </section>
        ))}
      </Card>
    </div>
  );
}
