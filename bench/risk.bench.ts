// After-sales risk: the trained model vs the heuristic baseline on the same held-out orders of a
// synthetic shop generated here (known latent causes), plus what training does on the demo shop.
import { buildDemoShop } from "../src/application/use-cases/shop-data/seed-demo-shop.js";
import type { Review } from "../src/domain/insights/review.js";
import { HEURISTIC_RISK_THRESHOLD, heuristicRisk } from "../src/domain/insights/risk/heuristic-risk.js";
import { buildRiskDataset } from "../src/domain/insights/risk/risk-dataset.js";
import { scoreRisk, trainRiskModel } from "../src/domain/insights/risk/risk-model.js";
import { riskTrainingShortfall } from "../src/domain/insights/risk/risk-training-minimum.js";
import { rocAuc } from "../src/domain/ml/metrics.js";
import { seededRandom } from "../src/domain/ml/seeded-random.js";
import { stratifiedSplit } from "../src/domain/ml/stratified-split.js";
import type { Order } from "../src/domain/shop/order.js";

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const NOW = new Date(START + 400 * DAY).toISOString();
const address = { line1: "1 Road", line2: "", city: "X", state: "", zip: "1", country: "US" };

/**
 * A shop where trouble has known causes: a fifth of products are poor (returned 30 % vs 5 %),
 * a tenth of shoppers return a lot (×3), sized items and carrier exceptions add risk, and
 * reviews of poor products lean negative. Labels are drawn from those causes with noise.
 */
function syntheticShop(seed: number, orderCount: number): { orders: Order[]; reviews: Review[] } {
  const random = seededRandom(seed);
  const products = Array.from({ length: 60 }, (_, i) => ({
    id: `p${i}`,
    rate: random() < 0.2 ? 0.3 : 0.05,
    sized: random() < 0.3,
    priceCents: 1000 + Math.floor(random() * 20_000),
  }));
  const customers = Array.from({ length: 600 }, (_, i) => ({ id: `c${i}`, factor: random() < 0.1 ? 3 : 1 }));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error("empty list");
    return item;
  };
  const orders: Order[] = [];
  for (let i = 0; i < orderCount; i++) {
    const customer = pick(customers);
    const items = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(products));
    const options = (sized: boolean): Record<string, string> => (sized ? { size: "M" } : { color: "blue" });
    const placed = START + (i / orderCount) * 360 * DAY;
    const exception = random() < 0.06;
    const transitDays = 2 + Math.floor(random() * 6) + (exception ? 5 : 0);
    let keep = 1;
    for (const p of items) keep *= 1 - Math.min(0.9, p.rate * customer.factor + (p.sized ? 0.08 : 0));
    if (exception) keep *= 0.7;
    const troubled = random() > keep;
    orders.push({
      id: `o${i}`,
      customerId: customer.id,
      status: troubled ? "returned" : "delivered",
      currency: "USD",
      address,
      items: items.map((p) => ({
        productId: p.id,
        variantId: `${p.id}-v`,
        name: p.id,
        options: options(p.sized),
        priceCents: p.priceCents,
      })),
      fulfillments: [
        {
          trackingIds: [`t${i}`],
          variantIds: items.map((p) => `${p.id}-v`),
          events: exception
            ? [{ at: new Date(placed + DAY).toISOString(), status: "exception", location: "", description: "" }]
            : [],
        },
      ],
      payments: [],
      placedAt: new Date(placed).toISOString(),
      deliveredAt: new Date(placed + transitDays * DAY).toISOString(),
      itemsChangedOnce: false,
      version: 0,
    });
  }
  const reviews: Review[] = products.flatMap((p) =>
    Array.from({ length: 8 }, (_, j) => ({
      id: `r-${p.id}-${j}`,
      productId: p.id,
      category: "",
      text: "-",
      createdAt: new Date(START + j * DAY).toISOString(),
      sentiment: Math.min(1, Math.max(0, (p.rate > 0.1 ? 0.4 : 0.7) + (random() - 0.5) * 0.6)),
    })),
  );
  return { orders, reviews };
}

/** Precision and recall of `scores ≥ threshold`. */
function precisionRecall(scores: readonly number[], labels: readonly (0 | 1)[], threshold: number) {
  const flagged = scores.map((s) => s >= threshold);
  const tp = flagged.filter((f, i) => f && labels[i] === 1).length;
  const nFlagged = flagged.filter(Boolean).length;
  const positives = labels.filter((l) => l === 1).length;
  return { precision: nFlagged === 0 ? 0 : tp / nFlagged, recall: positives === 0 ? 0 : tp / positives, nFlagged };
}

function line(name: string, auc: number, pr: { precision: number; recall: number; nFlagged: number }, at: number) {
  console.log(
    `${name.padEnd(10)} ${auc.toFixed(4).padStart(6)}  ${pr.precision.toFixed(4)}  ${pr.recall.toFixed(4)}  ` +
      `${String(pr.nFlagged).padStart(5)} flagged at ≥ ${at}`,
  );
}

for (const { seed, orders: n } of [
  { seed: 7, orders: 3000 },
  { seed: 11, orders: 800 },
]) {
  const started = performance.now();
  const shop = syntheticShop(seed, n);
  const data = buildRiskDataset(shop.orders, [], shop.reviews, NOW);
  const labels = data.map((d) => d.label);
  const model = trainRiskModel(data, { trainedAt: NOW, threshold: 0.5 });
  // The same seeded split trainRiskModel holds out, so both methods are scored on the same orders.
  const { heldOut } = stratifiedSplit(labels, 0.25, 42);
  const held = heldOut.flatMap((i) => data[i] ?? []);
  const gold = held.map((d) => d.label);
  const modelScores = held.map((d) => scoreRisk(model, d.features).probability);
  const heuristicScores = held.map((d) => heuristicRisk(d.features).probability);
  const positives = labels.filter((l) => l === 1).length;
  console.log(
    `\nsynthetic shop (seed ${seed}): ${data.length} settled orders, ${positives} troubled ` +
      `(${((100 * positives) / data.length).toFixed(1)} %), ${heldOut.length} held out`,
  );
  console.log("method        AUC  precision recall");
  const modelAuc = rocAuc(modelScores, gold);
  const heuristicAuc = rocAuc(heuristicScores, gold);
  line("model", modelAuc, precisionRecall(modelScores, gold, model.threshold), model.threshold);
  line(
    "heuristic",
    heuristicAuc,
    precisionRecall(heuristicScores, gold, HEURISTIC_RISK_THRESHOLD),
    HEURISTIC_RISK_THRESHOLD,
  );
  // Same number of orders flagged by both (as many as held-out troubled orders): a like-for-like P/R.
  const k = gold.filter((l) => l === 1).length;
  const kth = (scores: readonly number[]) => [...scores].sort((a, b) => b - a)[k - 1] ?? 1;
  line("model@k", modelAuc, precisionRecall(modelScores, gold, kth(modelScores)), Number(kth(modelScores).toFixed(3)));
  line(
    "heur.@k",
    heuristicAuc,
    precisionRecall(heuristicScores, gold, kth(heuristicScores)),
    Number(kth(heuristicScores).toFixed(3)),
  );
  console.log(
    `model AUC vs heuristic: ${(modelAuc / heuristicAuc).toFixed(3)}; stored metrics agree: ${model.metrics.auc?.toFixed(4)}`,
  );
  console.log(`time: ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

// The demo shop: how many labelled orders it has, and what training says about them.
const demo = buildDemoShop(new Date(NOW));
const demoData = buildRiskDataset(demo.orders, [], demo.reviews ?? [], NOW);
console.log(`\ndemo shop: ${demo.orders.length} orders, ${demoData.length} settled`);
console.log(riskTrainingShortfall(demoData.map((d) => d.label)) ?? "enough labelled orders to train");
