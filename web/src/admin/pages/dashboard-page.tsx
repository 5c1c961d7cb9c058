import { type JSX, useMemo, useState } from "react";
import { Card, PageHeader } from "../components/card.js";
import { DateRangePicker, lastDays, rangeToQuery } from "../components/date-range-picker.js";
import { EChart } from "../components/echart.js";
import { ExportButton } from "../components/export-button.js";
import { KpiTile } from "../components/kpi-tile.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import { queryString } from "../lib/api-client.js";
import type { ListPage, PublicStaffUser, ServiceMetricsComparison } from "../lib/api-types.js";
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
import { kpiDelta } from "./kpi-deltas.js";

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `{ [key]: value }` when defined, `{}` otherwise (props are exact-optional). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Service-quality dashboard over `GET /metrics/service`. */
export function DashboardPage(): JSX.Element {
  const { t, intl } = useAdminStrings();
  const [range, setRange] = useState(() => lastDays(30));
  const query = queryString({ ...rangeToQuery(range), timeZone: TIME_ZONE });
  const metrics = useApi<ServiceMetricsComparison>(`/metrics/service/comparison${query}`);
  const users = useApi<ListPage<PublicStaffUser>>("/users");
  const m = metrics.data?.current;
  const d = t.dashboard;
  const delta = (kpi: keyof ServiceMetricsComparison["deltas"]) => kpiDelta(metrics.data, kpi, d, intl);
  const csv = (table: string, title: string) => (
    <ExportButton
      path={`/metrics/service/export/${table}${query}`}
      label={d.exportLabel(title)}
      text={d.exportCsv}
      testId={`export-${table}`}
    />
  );
  const names = (entries: [string, number][]) => entries.map(([k, v]) => `${k} ${v}`).join(", ");

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
        {csv("summary", d.title)}
      </PageHeader>
      {metrics.error ? <ErrorState error={metrics.error} onRetry={metrics.reload} /> : null}
      {!m && metrics.loading ? <LoadingState rows={4} /> : null}
      {m ? (
        <div className={metrics.loading ? "adm-stale" : ""}>
          <div className="adm-kpis">
            <KpiTile
              testId="kpi-conversations"
              label={d.conversations}
              value={formatNumber(m.conversations, intl)}
              {...optional("delta", delta("conversations"))}
            />
            <KpiTile
              testId="kpi-first-response"
              label={d.firstResponse}
              value={formatDuration(m.firstResponseSecondsP50)}
              hint={
                m.humanFirstResponseSecondsP50 !== null
                  ? d.humanFirst(formatDuration(m.humanFirstResponseSecondsP50))
                  : d.median
              }
              {...optional("delta", delta("firstResponseSecondsP50"))}
            />
            <KpiTile
              label={d.resolutionTime}
              value={formatDuration(m.resolutionSecondsP50)}
              hint={d.median}
              {...optional("delta", delta("resolutionSecondsP50"))}
            />
            <KpiTile
              testId="kpi-resolution-rate"
              label={d.resolutionRate}
              value={formatPercent(m.resolutionRate, intl)}
              hint={d.resolvedOf(m.resolved)}
              {...optional("delta", delta("resolutionRate"))}
            />
            <KpiTile
              label={d.containment}
              value={formatPercent(m.containmentRate, intl)}
              tone={m.containmentRate >= 0.6 ? "good" : "neutral"}
              {...optional("delta", delta("containmentRate"))}
            />
            <KpiTile
              label={d.handoffRate}
              value={formatPercent(m.handoffRate, intl)}
              tone={m.handoffRate > 0.4 ? "bad" : "neutral"}
              {...optional("delta", delta("handoffRate"))}
            />
            <KpiTile
              testId="kpi-csat"
              label={d.csat}
              value={m.csatAverage === null ? "—" : `${formatNumber(m.csatAverage, intl, 2)} / 5`}
              hint={d.csatRatings(m.csatCount)}
              tone={m.csatAverage !== null && m.csatAverage >= 4 ? "good" : "neutral"}
              {...optional("delta", delta("csatAverage"))}
            />
          </div>
          {m.conversations === 0 ? (
            <Card>
              <EmptyState>{d.noData}</EmptyState>
            </Card>
          ) : charts ? (
            <div className="adm-grid">
              <Card title={d.perDay} className="span-2" actions={csv("daily", d.perDay)}>
                <EChart
                  option={charts.daily}
                  height={280}
                  label={d.chartSummary(d.perDay, m.daily.map((p) => `${p.date} ${p.conversations}`).join(", "))}
                />
              </Card>
              <Card title={d.handoffReasons} actions={csv("handoff-reasons", d.handoffReasons)}>
                {Object.keys(m.handoffReasons).length ? (
                  <EChart
                    option={charts.reasons}
                    height={260}
                    label={d.chartSummary(
                      d.handoffReasons,
                      names(Object.entries(m.handoffReasons).map(([k, v]) => [t.handoffReasonNames[k] ?? k, v])),
                    )}
                  />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.csatDistribution} actions={csv("csat", d.csatDistribution)}>
                {m.csatCount ? (
                  <EChart
                    option={charts.csat}
                    height={260}
                    label={d.chartSummary(
                      d.csatDistribution,
                      names(Object.entries(m.csatDistribution).map(([k, v]) => [d.stars(Number(k)), v])),
                    )}
                  />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.sentimentTrend} actions={csv("sentiment", d.sentimentTrend)}>
                {m.sentimentTrend.length ? (
                  <EChart
                    option={charts.sentiment}
                    height={260}
                    label={d.chartSummary(
                      d.sentimentTrend,
                      m.sentimentTrend.map((p) => `${p.date} ${p.average.toFixed(2)}`).join(", "),
                    )}
                  />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.topIntents} actions={csv("intents", d.topIntents)}>
                {m.topIntents.length ? (
                  <EChart
                    option={charts.intents}
                    height={Math.max(220, m.topIntents.length * 26)}
                    label={d.chartSummary(
                      d.topIntents,
                      names(m.topIntents.map((i) => [t.models.labelNames[i.intent] ?? i.intent, i.count])),
                    )}
                  />
                ) : (
                  <EmptyState />
                )}
              </Card>
              <Card title={d.perAgent} className="span-2" actions={csv("agents", d.perAgent)}>
                {m.perAgent.length ? <AgentTable metrics={m} users={users.data?.items ?? []} /> : <EmptyState />}
              </Card>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
