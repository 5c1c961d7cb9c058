import { type JSX, useMemo, useState } from "react";
import { ASPECT_LABELS } from "../../../../src/domain/insights/aspects/aspect.js";
import { Card } from "../components/card.js";
import { EChart } from "../components/echart.js";
import { ExportButton } from "../components/export-button.js";
import { KpiTile } from "../components/kpi-tile.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import { queryString } from "../lib/api-client.js";
import type { ReviewSummary, ReviewSummaryView } from "../lib/api-types.js";
import { formatNumber, formatPercent } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { aspectsOption, reviewTrendOption } from "./insights-charts.js";
import { ReviewAnalysisNotice } from "./review-analysis-notice.js";
import { ReviewGroupTable } from "./review-group-table.js";

type Bucket = "day" | "week" | "month";

/** Review sentiment per category and product over time, aspects and products turning negative. */
export function ReviewInsights(): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const i = t.insights;
  const [category, setCategory] = useState("");
  const [bucket, setBucket] = useState<Bucket>("week");
  const all = useApi<ReviewSummary>("/insights/reviews/summary?bucket=month");
  const filters = queryString({ bucket, category });
  const summary = useApi<ReviewSummaryView>(`/insights/reviews/summary${filters}`);
  const s = summary.data;
  const reload = summary.reload;
  const productName = (id: string): string | undefined => {
    const names = s?.productNames[id];
    return names ? (locale === "zh" && names.nameZh ? names.nameZh : names.name) : undefined;
  };
  const pending = s ? s.overall.count - s.analyzed : 0;
  const hasAspects = s ? Object.values(s.overall.aspects).some((a) => a.positive + a.negative + a.mixed > 0) : false;
  const csv = (table: string, title: string) => (
    <ExportButton
      path={`/insights/reviews/export/${table}${filters}`}
      label={t.dashboard.exportLabel(title)}
      text={t.dashboard.exportCsv}
      testId={`export-reviews-${table}`}
    />
  );
  const categories = (all.data?.categories ?? []).map((c) => c.key);
  const charts = useMemo(
    () => (s ? { trend: reviewTrendOption(s, intl), aspects: aspectsOption(s.overall, i, locale) } : undefined),
    [s, intl, i, locale],
  );

  return (
    <div className="adm-stack" data-testid="review-insights">
      <div className="adm-toolbar">
        <select value={category} onChange={(e) => setCategory(e.target.value)} aria-label={i.category}>
          <option value="">{i.allCategories}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <div className="adm-segmented">
          {(["day", "week", "month"] as const).map((b) => (
            <button key={b} type="button" className={bucket === b ? "is-active" : ""} onClick={() => setBucket(b)}>
              {i[b]}
            </button>
          ))}
        </div>
      </div>
      {summary.error ? <ErrorState error={summary.error} onRetry={summary.reload} /> : null}
      {!s && summary.loading ? <LoadingState rows={3} /> : null}
      {s && s.overall.count === 0 ? (
        <Card>
          <EmptyState />
        </Card>
      ) : null}
      {s && s.overall.count > 0 && charts ? (
        <div className={summary.loading ? "adm-stale" : ""}>
          <ReviewAnalysisNotice pending={pending} onFinished={reload} />
          <div className="adm-kpis">
            <KpiTile
              testId="kpi-reviews"
              label={i.reviews}
              value={formatNumber(s.overall.count, intl)}
              hint={i.analyzedOf(s.analyzed, s.overall.count)}
            />
            <KpiTile
              label={i.avgSentiment}
              value={formatNumber(s.overall.averageSentiment, intl, 2)}
              {...(s.analyzed === 0 ? { hint: i.noSentiment } : {})}
            />
            <KpiTile
              label={i.negativeShare}
              value={formatPercent(s.overall.negativeShare, intl)}
              {...(pending > 0 ? { hint: i.fromRatings } : {})}
              tone={s.overall.negativeShare > 0.3 ? "bad" : "neutral"}
            />
            <KpiTile
              label={i.flagged}
              value={formatNumber(s.flagged.length, intl)}
              tone={s.flagged.length ? "bad" : "good"}
            />
          </div>
          <div className="adm-grid">
            <Card title={i.trend} className="span-2" actions={csv("trend", i.trend)}>
              <EChart
                option={charts.trend}
                height={280}
                label={t.dashboard.chartSummary(
                  i.trend,
                  s.trend.map((p) => `${p.period} ${p.category} ${formatPercent(p.negativeShare, intl)}`).join(", "),
                )}
              />
            </Card>
            <Card title={i.aspects} actions={hasAspects ? csv("aspects", i.aspects) : undefined}>
              {hasAspects ? (
                <EChart
                  option={charts.aspects}
                  height={280}
                  label={t.dashboard.chartSummary(
                    i.aspects,
                    Object.entries(s.overall.aspects)
                      .filter(([, a]) => a.positive + a.negative + a.mixed > 0)
                      .map(
                        ([name, a]) =>
                          `${ASPECT_LABELS[name as keyof typeof ASPECT_LABELS][locale]} +${a.positive} −${a.negative} ±${a.mixed}`,
                      )
                      .join(", "),
                  )}
                />
              ) : (
                <EmptyState>{s.analyzed === 0 ? i.noAspects : i.noAspectsFound}</EmptyState>
              )}
            </Card>
            <Card
              title={i.flagged}
              subtitle={i.flaggedHint}
              actions={s.flagged.length ? csv("flagged", i.flagged) : undefined}
            >
              {s.flagged.length === 0 ? (
                <EmptyState>{i.noFlags}</EmptyState>
              ) : (
                <ul className="adm-flags">
                  {s.flagged.map((f) => (
                    <li key={f.productId}>
                      <div>
                        <strong>{productName(f.productId) ?? f.productId}</strong>{" "}
                        <span className="adm-muted">{f.category}</span>
                      </div>
                      <div className="adm-flag-figures">
                        <span>
                          {formatPercent(f.previous.negativeShare, intl, 0)} →{" "}
                          {formatPercent(f.last.negativeShare, intl, 0)}
                        </span>
                        <span className="adm-badge adm-badge-bad">+{formatPercent(f.increase, intl, 0)}</span>
                        {f.topNegativeAspects.slice(0, 3).map((a) => (
                          <span key={a.aspect} className="adm-badge">
                            {ASPECT_LABELS[a.aspect][locale]} · {a.count}
                          </span>
                        ))}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title={i.categories} className="span-2" actions={csv("categories", i.categories)}>
              <ReviewGroupTable groups={s.categories} keyLabel={i.category} />
            </Card>
            <Card title={i.products} className="span-2" actions={csv("products", i.products)}>
              <ReviewGroupTable groups={s.products} keyLabel={i.product} nameOf={productName} />
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}
