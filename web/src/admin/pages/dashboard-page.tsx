import { type JSX, useMemo, useState } from "react";
import { Card, PageHeader } from "../components/card.js";
import { DateRangePicker, lastDays, rangeToQuery } from "../components/date-range-picker.js";
import { EChart } from "../components/echart.js";
import { KpiTile } from "../components/kpi-tile.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import { queryString } from "../lib/api-client.js";
import type { ListPage, PublicStaffUser, ServiceMetrics } from "../lib/api-types.js";
import { formatDuration, formatNumber, formatPercent } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { AgentTable } from "./agent-table.js";
import {
  csatOption,
  dailyOption,
  daysOf,
  handoffReasonsOption,
  intentsOption,
  sentimentOption,
} from "./dashboard-charts.js";

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Service-quality dashboard over `GET /metrics/service`. */
export function DashboardPage(): JSX.Element {
  const { t, intl } = useAdminStrings();
  const [range, setRange] = useState(() => lastDays(30));
  const path = `/metrics/service${queryString({ ...rangeToQuery(range), timeZone: TIME_ZONE })}`;
  const metrics = useApi<ServiceMetrics>(path);
  const users = useApi<ListPage<PublicStaffUser>>("/users");
  const m = metrics.data;
  const d = t.dashboard;

  const charts = useMemo(
    () =>
      m
        ? {
            daily: dailyOption(m, daysOf(range.from, range.to), d, intl),
            reasons: handoffReasonsOption(m, t.handoffReasonNames),
            csat: csatOption(m, d),
            sentiment: sentimentOption(m, daysOf(range.from, range.to), d, intl),
            intents: intentsOption(m, t.models.labelNames),
          }
        : undefined,
    [m, d, t, intl, range],
  );

  return (
    <div className="adm-page" data-testid="admin-dashboard">
      <PageHeader title={d.title} subtitle={d.subtitle}>
        <DateRangePicker value={range} onChange={setRange} />
      </PageHeader>
      {metrics.error ? <ErrorState error={metrics.error} onRetry={metrics.reload} /> : null}
      {!m && metrics.loading ? <LoadingState rows={4} /> : null}
      {m ? (
        <div className={metrics.loading ? "adm-stale" : ""}>
          <div className="adm-kpis">
            <KpiTile testId="kpi-conversations" label={d.conversations} value={formatNumber(m.conversations, intl)} />
            <KpiTile
              testId="kpi-first-response"
              label={d.firstResponse}
              value={formatDuration(m.firstResponseSecondsP50)}
              hint={
                m.humanFirstResponseSecondsP50 !== null
                  ? d.humanFirst(formatDuration(m.humanFirstResponseSecondsP50))
                  : d.median
              }
            />
            <KpiTile label={d.resolutionTime} value={formatDuration(m.resolutionSecondsP50)} hint={d.median} />
            <KpiTile
              testId="kpi-resolution-rate"
              label={d.resolutionRate}
              value={formatPercent(m.resolutionRate, intl)}
              hint={d.resolvedOf(m.resolved)}
            />
            <KpiTile
              label={d.containment}
              value={formatPercent(m.containmentRate, intl)}
              tone={m.containmentRate >= 0.6 ? "good" : "neutral"}
            />
            <KpiTile
              label={d.handoffRate}
              value={formatPercent(m.handoffRate, intl)}
              tone={m.handoffRate > 0.4 ? "bad" : "neutral"}
            />
            <KpiTile
              testId="kpi-csat"
              label={d.csat}
              value={m.csatAverage === null ? "—" : `${formatNumber(m.csatAverage, intl, 2)} / 5`}
              hint={d.csatRatings(m.csatCount)}
              tone={m.csatAverage !== null && m.csatAverage >= 4 ? "good" : "neutral"}
            />
          </div>
          {m.conversations === 0 ? (
            <Card>
              <EmptyState>{d.noData}</EmptyState>
            </Card>
          ) : charts ? (
            <div className="adm-grid">
              <Card title={d.perDay} className="span-2">
                <EChart option={charts.daily} height={280} label={d.perDay} />
              </Card>
              <Card title={d.handoffReasons}>
                {Object.keys(m.handoffReasons).length ? (
                  <EChart option={charts.reasons} height={260} label={d.handoffReasons} />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.csatDistribution}>
                {m.csatCount ? <EChart option={charts.csat} height={260} label={d.csatDistribution} /> : <EmptyState />}
              </Card>
              <Card title={d.sentimentTrend}>
                {m.sentimentTrend.length ? (
                  <EChart option={charts.sentiment} height={260} label={d.sentimentTrend} />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.topIntents}>
                {m.topIntents.length ? (
                  <EChart option={charts.intents} height={Math.max(220, m.topIntents.length * 26)} />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.perAgent} className="span-2">
                {m.perAgent.length ? <AgentTable metrics={m} users={users.data?.items ?? []} /> : <EmptyState />}
              </Card>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
