import type { ServiceMetrics } from "./service-metrics.js";

/** The headline figures the dashboard compares between two periods. */
export const COMPARED_KPIS = [
  "conversations",
  "firstResponseSecondsP50",
  "resolutionSecondsP50",
  "resolutionRate",
  "containmentRate",
  "handoffRate",
  "csatAverage",
] as const;
export type ComparedKpi = (typeof COMPARED_KPIS)[number];

/** How one figure moved: absolute difference and relative change; null when either side is missing. */
export interface KpiDelta {
  current: number | null;
  previous: number | null;
  /** current − previous. */
  change: number | null;
  /** (current − previous) / previous; null when previous is 0 or missing. */
  relative: number | null;
}

/** The period of the same length that ends where `since` starts. */
export function previousPeriod(since: string, until: string): { since: string; until: string } {
  const length = Date.parse(until) - Date.parse(since);
  return { since: new Date(Date.parse(since) - length).toISOString(), until: since };
}

/** Each compared figure of `current` against `previous`. */
export function compareKpis(current: ServiceMetrics, previous: ServiceMetrics): Record<ComparedKpi, KpiDelta> {
  const out = {} as Record<ComparedKpi, KpiDelta>;
  // Rates of a period without conversations are 0 by convention, not measurements: nothing to compare.
  const emptyBefore = previous.conversations === 0;
  for (const key of COMPARED_KPIS) {
    const a = current[key];
    const b = emptyBefore && key !== "conversations" ? null : previous[key];
    const both = a !== null && b !== null;
    out[key] = {
      current: a,
      previous: b,
      change: both ? a - b : null,
      relative: both && b !== 0 ? (a - b) / b : null,
    };
  }
  return out;
}
