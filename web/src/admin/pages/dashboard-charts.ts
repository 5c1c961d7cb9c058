import type { EChartsCoreOption } from "echarts/core";
import { ACCENT, AXIS_STYLE, CHART_COLORS, GRID, NEGATIVE, POSITIVE, TOOLTIP } from "../components/chart-theme.js";
import type { ServiceMetrics } from "../lib/api-types.js";
import { formatDate } from "../lib/format.js";
import type { AdminStrings } from "../lib/strings-en.js";

type Labels = AdminStrings["dashboard"];

/** Every day of the period (`YYYY-MM-DD`), so quiet days show as zero instead of vanishing. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d <= new Date(`${to}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** The series' points on every day of the period, `empty` where it has none. */
function onDays<P extends { date: string }, E>(points: readonly P[], days: string[], empty: E): (P | E)[] {
  const byDay = new Map(points.map((p) => [p.date, p]));
  return days.map((day) => byDay.get(day) ?? empty);
}

const NO_DAY = { conversations: 0, contained: 0, handedOff: 0, resolved: 0 };

/** Stacked bars per day: contained by the bot, handed off, the rest. */
export function dailyOption(m: ServiceMetrics, days: string[], t: Labels, intl: string): EChartsCoreOption {
  const daily = onDays(m.daily, days, NO_DAY);
  const rest = daily.map((d) => Math.max(0, d.conversations - d.contained - d.handedOff));
  return {
    color: [POSITIVE, "#f5a524", "#c7cdd8"],
    tooltip: { ...TOOLTIP, trigger: "axis" },
    legend: { top: 0, right: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10 },
    grid: GRID,
    xAxis: { type: "category", data: days.map((d) => formatDate(d, intl)), ...AXIS_STYLE },
    yAxis: { type: "value", minInterval: 1, ...AXIS_STYLE },
    series: [
      { name: t.contained, type: "bar", stack: "c", data: daily.map((d) => d.contained), barMaxWidth: 28 },
      { name: t.handedOff, type: "bar", stack: "c", data: daily.map((d) => d.handedOff), barMaxWidth: 28 },
      {
        name: t.other,
        type: "bar",
        stack: "c",
        data: rest,
        barMaxWidth: 28,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}

/** A code's label in the UI language, or the code made readable. */
function named(names: Record<string, string>, code: string): string {
  return names[code] ?? code.replaceAll("_", " ");
}

/** Doughnut of handoff reasons. */
export function handoffReasonsOption(m: ServiceMetrics, names: Record<string, string>): EChartsCoreOption {
  const data = Object.entries(m.handoffReasons)
    .sort((a, b) => b[1] - a[1])
    .map(([name, value]) => ({ name: named(names, name), value }));
  const counts = new Map(data.map((d) => [d.name, d.value]));
  const total = data.reduce((sum, d) => sum + d.value, 0);
  return {
    color: CHART_COLORS,
    tooltip: { ...TOOLTIP, trigger: "item", formatter: "{b}: {c} ({d}%)" },
    // Counts beside the names, so the figures are readable without hovering.
    legend: {
      type: "scroll",
      orient: "vertical",
      right: 0,
      top: "middle",
      icon: "circle",
      itemWidth: 8,
      formatter: (name: string) => `${name}  ${counts.get(name) ?? 0}`,
    },
    series: [
      {
        type: "pie",
        radius: ["48%", "74%"],
        center: ["36%", "50%"],
        itemStyle: { borderColor: "#fff", borderWidth: 2 },
        label: {
          show: true,
          position: "center",
          formatter: String(total),
          fontSize: 22,
          fontWeight: 600,
          color: "#1d2433",
        },
        emphasis: { label: { show: true } },
        data,
      },
    ],
  };
}

/** Bars for ratings 1..5, red to green. */
export function csatOption(m: ServiceMetrics, t: Labels): EChartsCoreOption {
  const colors = [NEGATIVE, "#f58a5b", "#f5c524", "#8fd06a", POSITIVE];
  const keys = ["1", "2", "3", "4", "5"] as const;
  return {
    tooltip: { ...TOOLTIP, trigger: "axis" },
    grid: { ...GRID, top: 12 },
    xAxis: { type: "category", data: keys.map((k) => t.stars(Number(k))), ...AXIS_STYLE },
    yAxis: { type: "value", minInterval: 1, ...AXIS_STYLE },
    series: [
      {
        name: t.ratings,
        type: "bar",
        barMaxWidth: 36,
        data: keys.map((k, i) => ({
          value: m.csatDistribution[k],
          itemStyle: { color: colors[i], borderRadius: [4, 4, 0, 0] },
        })),
      },
    ],
  };
}

/** Average sentiment (line, right axis -1..1) over negative-turn counts (bars). */
export function sentimentOption(m: ServiceMetrics, days: string[], t: Labels, intl: string): EChartsCoreOption {
  const trend = onDays(m.sentimentTrend, days, null);
  return {
    tooltip: { ...TOOLTIP, trigger: "axis" },
    legend: { top: 0, right: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10 },
    grid: GRID,
    xAxis: { type: "category", data: days.map((d) => formatDate(d, intl)), ...AXIS_STYLE },
    yAxis: [
      { type: "value", minInterval: 1, ...AXIS_STYLE },
      { type: "value", min: -1, max: 1, ...AXIS_STYLE, splitLine: { show: false } },
    ],
    series: [
      {
        name: t.negativeTurns,
        type: "bar",
        data: trend.map((p) => p?.negative ?? 0),
        itemStyle: { color: "#f9c4c4", borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 20,
      },
      {
        name: t.averageSentiment,
        type: "line",
        yAxisIndex: 1,
        smooth: true,
        symbolSize: 6,
        connectNulls: true,
        data: trend.map((p) => (p ? Number(p.average.toFixed(3)) : null)),
        itemStyle: { color: ACCENT },
        areaStyle: { color: "rgba(79,110,247,0.08)" },
      },
    ],
  };
}

/** Horizontal bars, most frequent intent on top. */
export function intentsOption(m: ServiceMetrics, names: Record<string, string>): EChartsCoreOption {
  const items = [...m.topIntents].reverse();
  return {
    tooltip: { ...TOOLTIP, trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { ...GRID, top: 8 },
    xAxis: { type: "value", minInterval: 1, ...AXIS_STYLE },
    yAxis: { type: "category", data: items.map((i) => named(names, i.intent)), ...AXIS_STYLE },
    series: [
      {
        type: "bar",
        data: items.map((i) => i.count),
        barMaxWidth: 16,
        itemStyle: { color: ACCENT, borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: "right", color: "#6b7385", fontSize: 11 },
      },
    ],
  };
}
