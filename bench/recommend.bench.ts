// Recommendations: leave-last-out Recall@10 / NDCG@10 on the τ² retail orders and the demo shop, blend vs popularity.
import { readFileSync } from "node:fs";
import { buildDemoShop } from "../src/application/use-cases/shop-data/seed-demo-shop.js";
import { catalogFromProducts } from "../src/domain/insights/recommend/catalog-item.js";
import { evaluateLeaveLastOut } from "../src/domain/insights/recommend/evaluate-leave-last-out.js";
import { leaveLastOutSplit } from "../src/domain/insights/recommend/leave-last-out-split.js";
import { type Purchase, purchasesFromOrders } from "../src/domain/insights/recommend/purchase-history.js";
import { Recommender, type RecommenderWeights } from "../src/domain/insights/recommend/recommender.js";
import type { Order } from "../src/domain/shop/order.js";
import type { Product } from "../src/domain/shop/product.js";
import { readTau2ShopHistory } from "../src/infrastructure/import/tau2-shop-history.js";
import { sharedDataPath } from "./shared-data-dir.js";

function report(name: string, shop: { products: readonly Product[]; orders: readonly Order[] }): void {
  const started = performance.now();
  const purchases = purchasesFromOrders(shop.orders);
  const result = evaluateLeaveLastOut(catalogFromProducts(shop.products), purchases, { k: 10 });
  const popularity = result.methods.find((m) => m.method === "popularity");
  console.log(
    `\n${name}: ${shop.products.length} products, ${shop.orders.length} orders, ${purchases.length} purchases, ` +
      `${result.users} shoppers evaluated (leave-last-out, k=${result.k})`,
  );
  console.log(`blend weights (tuned on a validation split of the training data): ${JSON.stringify(result.weights)}`);
  console.log("method        Recall@10  NDCG@10  vs popularity (recall, ndcg)");
  for (const m of result.methods) {
    const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(3) : "n/a");
    console.log(
      `${m.method.padEnd(13)} ${m.recallAtK.toFixed(4).padStart(9)}  ${m.ndcgAtK.toFixed(4).padStart(7)}  ` +
        `${ratio(m.recallAtK, popularity?.recallAtK)}, ${ratio(m.ndcgAtK, popularity?.ndcgAtK)}`,
    );
  }
  pairedRecall(catalogFromProducts(shop.products), purchases, result.weights, result.k);
  console.log(`time: ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

/**
 * Blend vs popularity on the same shoppers: the Recall@k difference with a 95 % interval from the
 * discordant pairs (shoppers only one method hits), so a gap inside the noise is read as a tie.
 */
function pairedRecall(
  catalog: ReturnType<typeof catalogFromProducts>,
  purchases: readonly Purchase[],
  weights: RecommenderWeights,
  k: number,
): void {
  const { train, heldOut } = leaveLastOutSplit(purchases);
  const recommender = new Recommender(catalog, train, { weights, excludeUnavailable: false });
  let blendOnly = 0;
  let popularOnly = 0;
  for (const [customerId, target] of heldOut) {
    const hit = (list: readonly { productId: string }[]) => list.some((r) => r.productId === target);
    const b = hit(recommender.recommend({ customerId, limit: k }));
    const p = hit(recommender.popular({ customerId, limit: k }));
    if (b && !p) blendOnly++;
    if (p && !b) popularOnly++;
  }
  const n = Math.max(heldOut.size, 1);
  const diff = (blendOnly - popularOnly) / n;
  const se = Math.sqrt(Math.max(0, blendOnly + popularOnly - (blendOnly - popularOnly) ** 2 / n)) / n;
  console.log(
    `blend − popularity Recall@${k}: ${diff >= 0 ? "+" : ""}${diff.toFixed(4)} ± ${(1.96 * se).toFixed(4)} (95 %); ` +
      `hit by the blend only ${blendOnly}, by popularity only ${popularOnly} of ${heldOut.size}`,
  );
}

const tau2 = readTau2ShopHistory(readFileSync(sharedDataPath("tau2-retail", "db.json"), "utf8"), "tau2 db.json");
report("tau2-retail", tau2);
// The demo shop is tiny (a dozen shoppers): its figures show the pipeline runs, not how good it is.
report("demo shop", buildDemoShop(new Date("2026-06-01T00:00:00Z")));
