import {
  type ComparedKpi,
  compareKpis,
  type KpiDelta,
  previousPeriod,
} from "../../../domain/metrics/period-comparison.js";
import type { ServiceMetrics } from "../../../domain/metrics/service-metrics.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { getServiceMetrics, type ServiceMetricsQuery } from "./get-service-metrics.js";

/** The period's metrics, the previous period of the same length, and how the headline figures moved. */
export interface ServiceMetricsComparison {
  current: ServiceMetrics;
  previous: ServiceMetrics;
  deltas: Record<ComparedKpi, KpiDelta>;
}

/** Period-over-period comparison of the service metrics (days cut in the same time zone). */
export async function compareServiceMetrics(
  deps: { store: Store; clock: Clock },
  query: ServiceMetricsQuery = {},
): Promise<ServiceMetricsComparison> {
  const current = await getServiceMetrics(deps, query);
  const before = previousPeriod(current.since, current.until);
  const previous = await getServiceMetrics(deps, {
    ...before,
    ...(query.timeZone ? { timeZone: query.timeZone } : {}),
  });
  return { current, previous, deltas: compareKpis(current, previous) };
}
