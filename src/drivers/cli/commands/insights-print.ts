import type { OrderRisk } from "../../../application/use-cases/insights/score-order-risk.js";
import { ASPECT_LABELS, Aspect } from "../../../domain/insights/aspects/aspect.js";
import type { LeaveLastOutReport } from "../../../domain/insights/recommend/evaluate-leave-last-out.js";
import type { ReviewSummary } from "../../../domain/insights/reviews/review-summary.js";
import type { ReviewGroupSummary } from "../../../domain/insights/reviews/summarize-reviews.js";
import type { RiskModel } from "../../../domain/insights/risk/risk-model.js";

type Print = (line: string) => void;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** "quality +12/−3, delivery +4/−9": the aspects a group mentions, most mentioned first. */
function aspectLine(group: ReviewGroupSummary): string {
  return Aspect.options
    .map((a) => ({ a, t: group.aspects[a] }))
    .filter(({ t }) => t.positive + t.negative + t.mixed > 0)
    .sort((x, y) => y.t.positive + y.t.negative + y.t.mixed - (x.t.positive + x.t.negative + x.t.mixed))
    .map(
      ({ a, t }) =>
        `${ASPECT_LABELS[a].en.toLowerCase()} +${t.positive}/−${t.negative}${t.mixed ? `/±${t.mixed}` : ""}`,
    )
    .join(", ");
}

function groupRow(g: ReviewGroupSummary): string {
  const sentiment = g.averageSentiment === null ? "   –  " : g.averageSentiment.toFixed(3);
  return `${g.key.padEnd(18)} ${String(g.count).padStart(6)}  ${sentiment}  ${pct(g.negativeShare).padStart(6)}  ${aspectLine(g) || "–"}`;
}

/** Per-category sentiment and aspects, top products and flagged products. */
export function printReviewSummary(summary: ReviewSummary, print: Print): void {
  print(
    `\n${summary.overall.count} reviews, ${summary.analyzed} analysed; negative ${pct(summary.overall.negativeShare)}`,
  );
  print(`\ncategory           reviews  senti.  negative  aspects (+positive/−negative/±mixed)`);
  for (const g of summary.categories) print(groupRow(g));
  if (summary.products.length > 0) {
    print(`\nproduct            reviews  senti.  negative  aspects`);
    for (const g of summary.products.slice(0, 10)) print(groupRow(g));
  }
  if (summary.flagged.length === 0) {
    print("\nno product's negative share rose significantly in the last window");
    return;
  }
  print(`\nflagged products (negative share rising):`);
  for (const f of summary.flagged) {
    const aspects = f.topNegativeAspects.map((a) => `${a.aspect} ${a.count}`).join(", ");
    print(
      `  ${f.productId} (${f.category || "–"}): ${pct(f.previous.negativeShare)} of ${f.previous.count} → ` +
        `${pct(f.last.negativeShare)} of ${f.last.count} (z ${Number.isFinite(f.z) ? f.z.toFixed(2) : "∞"})` +
        `${aspects ? `; complaints: ${aspects}` : ""}`,
    );
  }
}

/** The leave-last-out table with ratios to the popularity baseline. */
export function printLeaveLastOut(
  report: LeaveLastOutReport & { products: number; orders: number },
  print: Print,
): void {
  print(`${report.products} products, ${report.orders} orders, ${report.users} shoppers evaluated (leave-last-out)`);
  print(`blend weights: ${JSON.stringify(report.weights)}`);
  const base = report.methods.find((m) => m.method === "popularity");
  print(`method        Recall@${report.k}  NDCG@${report.k}  ×popularity`);
  for (const m of report.methods) {
    const ratio = base && base.recallAtK > 0 ? (m.recallAtK / base.recallAtK).toFixed(3) : "n/a";
    print(
      `${m.method.padEnd(13)} ${m.recallAtK.toFixed(4).padStart(9)}  ${m.ndcgAtK.toFixed(4).padStart(7)}  ${ratio}`,
    );
  }
}

/** Held-out metrics of a freshly trained risk model. */
export function printRiskModel(model: RiskModel, print: Print): void {
  const m = model.metrics;
  print(`trained on ${m.examples} settled orders (${m.positives} with a return, exchange or complaint)`);
  print(
    `held-out ${m.heldOut}: AUC ${m.auc === null ? "n/a" : m.auc.toFixed(3)}; at threshold ${model.threshold}: ` +
      `precision ${pct(m.precision)}, recall ${pct(m.recall)}, flagged ${pct(m.flaggedShare)}`,
  );
}

/** Risky orders with their top reasons. */
export function printRiskList(items: readonly OrderRisk[], print: Print): void {
  if (items.length === 0) print("no order at or above the risk threshold");
  for (const r of items) {
    const why = r.reasons.map((x) => `${x.label} ${x.value.toFixed(2)} (+${x.contribution.toFixed(2)})`).join("; ");
    print(`${r.orderId.padEnd(12)} ${r.status.padEnd(10)} ${pct(r.probability).padStart(6)}  ${why || "–"}`);
  }
}
