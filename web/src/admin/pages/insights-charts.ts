import type { EChartsCoreOption } from "echarts/core";
import { ASPECT_LABELS, Aspect } from "../../../../src/domain/insights/aspects/aspect.js";
import { AXIS_STYLE, CHART_COLORS, GRID, NEGATIVE, NEUTRAL, POSITIVE, TOOLTIP } from "../components/chart-theme.js";
import type { ReviewGroupSummary, ReviewSummary } from "../lib/api-types.js";
import { formatDate } from "../lib/format.js";
import type { AdminStrings } from "../lib/strings-en.js";

type Labels = AdminStrings["insights"];

/** One line per category: share of negative reviews per period. */
export function reviewTrendOption(summary: ReviewSummary, intl: string): EChartsCoreOption {
  const periods = [...new Set(summary.trend.map((p) => p.period))].sort();
  const categories = [...new Set(summary.trend.map((p) => p.category))].sort();
  const value = new Map(summary.trend.map((p) => [`${p.category}|${p.period}`, p]));
  return {
    color: CHART_COLORS,
    tooltip: {
      ...TOOLTIP,
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? `${(v * 100).toFixed(1)}%` : "—"),
    },
    legend: { type: "scroll", top: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10 },
    grid: { ...GRID, top: 40 },
    xAxis: { type: "category", data: periods.map((p) => formatDate(p, intl)), ...AXIS_STYLE },
    yAxis: {
      type: "value",
      min: 0,
      max: 1,
      ...AXIS_STYLE,
      axisLabel: { ...AXIS_STYLE.axisLabel, formatter: (v: number) => `${Math.round(v * 100)}%` },
    },
    series: categories.map((category) => ({
      name: category,
      type: "line",
      smooth: true,
      connectNulls: true,
      symbolSize: 5,
      data: periods.map((period) => {
        const point = value.get(`${category}|${period}`);
        return point && point.count > 0 ? Number(point.negativeShare.toFixed(4)) : null;
      }),
    })),
  };
}

/** Stacked horizontal bars of positive / mixed / negative mentions per aspect. */
export function aspectsOption(group: ReviewGroupSummary, t: Labels, locale: "en" | "zh"): EChartsCoreOption {
  const aspects = Aspect.options
    .flatMap((aspect) => {
      const tally = group.aspects[aspect];
      return tally && tally.positive + tally.negative + tally.mixed > 0 ? [{ aspect, tally }] : [];
    })
    .sort((a, b) => a.tally.positive + a.tally.negative - (b.tally.positive + b.tally.negative));
  const series = (name: string, key: "positive" | "mixed" | "negative", color: string) => ({
    name,
    type: "bar",
    stack: "a",
    barMaxWidth: 18,
    itemStyle: { color },
    data: aspects.map((a) => a.tally[key]),
  });
  return {
    tooltip: { ...TOOLTIP, trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, right: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10 },
    grid: GRID,
    xAxis: { type: "value", minInterval: 1, ...AXIS_STYLE },
    yAxis: {
      type: "category",
      data: aspects.map((a) => ASPECT_LABELS[a.aspect][locale]),
      ...AXIS_STYLE,
    },
    series: [
      series(t.positive, "positive", POSITIVE),
      series(t.mixed, "mixed", NEUTRAL),
      series(t.negative, "negative", NEGATIVE),
    ],
  };
}
