import type { ShopperEvalReport, ShopperRates } from "./run-shopper-evals.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The report as text lines: failures (with transcripts if asked), causes, rates by goal kind and language. */
export function formatShopperEvalReport(report: ShopperEvalReport, options: { transcripts?: boolean } = {}): string[] {
  const lines: string[] = [];
  const k = report.k;
  for (const task of report.tasks) {
    for (const f of task.failures) {
      const flag = f.wrongWrite ? " WRONG WRITE" : "";
      lines.push(`✗ ${task.id} [${task.language}] run ${f.run}${flag}: ${f.cause} — ${f.reasons.join("; ")}`);
      if (!options.transcripts) continue;
      for (const step of f.transcript) {
        lines.push(`    > ${step.sent}`);
        for (const reply of step.replies) lines.push(`    < ${reply.replace(/\n/g, "\n      ")}`);
      }
    }
  }
  const rates = (r: ShopperRates) =>
    `${r.tasks} tasks  pass^1 ${pct(r.pass1)}${k > 1 ? `  pass^${k} ${pct(r.passK)}` : ""}  wrong writes ${r.wrongWrites}`;
  const causes = Object.entries(report.causes).sort((a, b) => b[1] - a[1]);
  if (causes.length > 0) lines.push("failure causes (failed runs):");
  for (const [cause, n] of causes) lines.push(`  ${String(n).padStart(4)}  ${cause}`);
  for (const [kind, r] of Object.entries(report.byKind)) lines.push(`goal ${kind}: ${rates(r)}`);
  for (const [lang, r] of Object.entries(report.byLanguage)) lines.push(`language ${lang}: ${rates(r)}`);
  const sorted = [...report.turnLatenciesMs].sort((a, b) => a - b);
  if (sorted.length > 0) {
    lines.push(
      `turn latency: p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms  (${sorted.length} turns)`,
    );
  }
  lines.push(`seed ${report.seed}  k ${k}`);
  lines.push(`overall: ${rates(report.overall)}`);
  return lines;
}
