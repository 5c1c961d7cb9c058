import type { DialogEvalReport, PassRates } from "./run-dialog-evals.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The report as text lines: failures with their first failing turn, then rates per theme and overall. */
export function formatDialogEvalReport(report: DialogEvalReport, options: { transcripts?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const d of report.dialogs) {
    if (!d.failure) continue;
    const at =
      d.failure.firstTurn === undefined ? "end state" : `turn ${d.failure.firstTurn + 1} ("${d.failure.said ?? ""}")`;
    lines.push(`✗ ${d.theme}/${d.id} (run ${d.failure.run}, first failure at ${at}): ${d.failure.reasons.join("; ")}`);
    if (!options.transcripts) continue;
    for (const step of d.failure.transcript) {
      lines.push(`    > ${step.sent}`);
      for (const reply of step.replies) lines.push(`    < ${reply.replace(/\n/g, "\n      ")}`);
    }
  }
  const sorted = [...report.turnLatenciesMs].sort((a, b) => a - b);
  if (sorted.length > 0) {
    lines.push(
      `turn latency: p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms  (${sorted.length} turns)`,
    );
  }
  const k = report.k;
  const rates = (r: PassRates) => `pass^1 ${pct(r.pass1)}${k > 1 ? `  pass^${k} ${pct(r.passK)}` : ""}`;
  for (const [theme, r] of Object.entries(report.themes))
    lines.push(`theme ${theme}: ${r.dialogs} dialogs  ${rates(r)}`);
  lines.push(`dialogs: ${report.overall.dialogs}  mode: ${report.mode}  k: ${k}`);
  lines.push(`overall: ${rates(report.overall)}`);
  return lines;
}
