import type { ServiceMetricsComparison } from "../lib/api-types.js";
import { formatDuration } from "../lib/format.js";
import type { AdminStrings } from "../lib/strings-en.js";

type Kpi = keyof ServiceMetricsComparison["deltas"];

/** Whether a rise is good news for the figure (shorter waits, fewer handoffs are better). */
const HIGHER_IS_BETTER: Record<Kpi, boolean | null> = {
  conversations: null,
  firstResponseSecondsP50: false,
  resolutionSecondsP50: false,
  resolutionRate: true,
  containmentRate: true,
  handoffRate: false,
  csatAverage: true,
};

const RATES = new Set<Kpi>(["resolutionRate", "containmentRate", "handoffRate"]);
const SECONDS = new Set<Kpi>(["firstResponseSecondsP50", "resolutionSecondsP50"]);

/** "+12%", "−3.1 pts", "+40s" against the previous period, coloured by whether it is an improvement. */
export function kpiDelta(
  comparison: ServiceMetricsComparison | undefined,
  kpi: Kpi,
  t: AdminStrings["dashboard"],
  intl: string,
): { text: string; better: boolean | null } | undefined {
  const d = comparison?.deltas[kpi];
  if (!d) return undefined;
  if (d.change === null) return { text: t.noPrevious, better: null };
  const sign = d.change > 0 ? "+" : d.change < 0 ? "−" : "±";
  const size = Math.abs(d.change);
  let amount: string;
  if (RATES.has(kpi)) amount = `${(size * 100).toLocaleString(intl, { maximumFractionDigits: 1 })} pts`;
  else if (SECONDS.has(kpi)) amount = formatDuration(size);
  else if (kpi === "csatAverage") amount = size.toLocaleString(intl, { maximumFractionDigits: 2 });
  else if (d.relative !== null)
    amount = `${(Math.abs(d.relative) * 100).toLocaleString(intl, { maximumFractionDigits: 0 })}%`;
  else amount = size.toLocaleString(intl);
  const direction = HIGHER_IS_BETTER[kpi];
  const better = d.change === 0 || direction === null ? null : d.change > 0 === direction;
  return { text: t.vsPrevious(`${sign}${amount}`), better };
}
