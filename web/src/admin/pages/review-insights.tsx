import { type JSX, useMemo, useState } from "react";
import { ASPECT_LABELS } from "../../../../src/domain/insights/aspects/aspect.js";
import { Card } from "../components/card.js";
import { EChart } from "../components/echart.js";
import { KpiTile } from "../components/kpi-tile.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import { queryString } from "../lib/api-client.js";
import type { ReviewSummary } from "../lib/api-types.js";
import { formatNumber, formatPercent } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { aspectsOption, reviewTrendOption } from "./insights-charts.js";
import { ReviewGroupTable } from "./review-group-table.js";

type Bucket = "day" | "week" | "month";

/** Review sentiment per category and product over time, aspects and products turning negative. */
export function ReviewInsights(): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const i = t.insights;
  const [category, setCategory] = useState("");
  const [bucket, setBucket] = useState<Bucket>("week");
  const all = useApi<ReviewSummary>("/insights/reviews/summary?bucket=month");
  const summary = useApi<ReviewSummary>(`/insights/reviews/summary${queryString({ bucket, category })}`);
  const s = summary.data;
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
          <div className="adm-kpis">
            <KpiTile
              testId="kpi-reviews"
              label={i.reviews}
              value={formatNumber(s.overall.count, intl)}
              hint={i.analyzed(s.analyzed)}
            />
            <KpiTile label={i.avgSentiment} value={formatNumber(s.overall.averageSentiment, intl, 2)} />
            <KpiTile
              label={i.negativeShare}
              value={formatPercent(s.overall.negativeShare, intl)}
              tone={s.overall.negativeShare > 0.3 ? "bad" : "neutral"}
            />
            <KpiTile
              label={i.flagged}
              value={formatNumber(s.flagged.length, intl)}
              tone={s.flagged.length ? "bad" : "good"}
            />
          </div>
          <div className="adm-grid">
            <Card title={i.trend} className="span-2">
              <EChart option={charts.trend} height={280} label={i.trend} />
            </Card>
            <Card title={i.aspects}>
              <EChart option={charts.aspects} height={280} label={i.aspects} />
            </Card>
            <Card title={i.flagged} subtitle={i.flaggedHint}>
              {s.flagged.length === 0 ? (
                <EmptyState>{i.noFlags}</EmptyState>
              ) : (
                <ul className="adm-flags">
                  {s.flagged.map((f) => (
                    <li key={f.productId}>
                      <div>
                        <strong>{f.productId}</strong> <span className="adm-muted">{f.category}</span>
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
            <Card title={i.categories} className="span-2">
              <ReviewGroupTable groups={s.categories} keyLabel={i.category} />
            </Card>
            <Card title={i.products} className="span-2">
              <ReviewGroupTable groups={s.products} keyLabel={i.product} />
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}
