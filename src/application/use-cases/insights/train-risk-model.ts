import { KefuError } from "../../../domain/errors/kefu-error.js";
import { buildRiskDataset } from "../../../domain/insights/risk/risk-dataset.js";
import { trainRiskModel as fitRiskModel, type RiskModel } from "../../../domain/insights/risk/risk-model.js";
import {
  MIN_LABELLED_ORDERS,
  MIN_PER_CLASS,
  riskTrainingShortfall,
} from "../../../domain/insights/risk/risk-training-minimum.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { loadShopHistory } from "./load-shop-history.js";
import { RISK_MODEL_KEY } from "./risk-model-store.js";

/**
 * Trains the after-sales risk model on the shop's settled orders (delivered, returned,
 * exchanged), reports held-out AUC and precision/recall at the threshold, and makes it active.
 * Refuses (VALIDATION_FAILED, "not enough labelled orders") below the training minimum rather
 * than report a meaningless AUC; the risk list uses the heuristic meanwhile.
 */
export async function trainRiskModel(
  deps: { store: Store; clock: Clock },
  input: { threshold?: number; save?: boolean } = {},
): Promise<RiskModel> {
  const [history, reviews] = await Promise.all([loadShopHistory(deps.store), deps.store.reviews.all()]);
  const now = deps.clock.nowIso();
  const data = buildRiskDataset(history.orders, history.afterSales, reviews, now);
  const shortfall = riskTrainingShortfall(data.map((d) => d.label));
  if (shortfall) {
    const positives = data.filter((d) => d.label === 1).length;
    throw new KefuError("VALIDATION_FAILED", shortfall, {
      details: {
        settledOrders: data.length,
        positives,
        negatives: data.length - positives,
        minOrders: MIN_LABELLED_ORDERS,
        minPerClass: MIN_PER_CLASS,
      },
    });
  }
  const model = fitRiskModel(data, {
    trainedAt: now,
    ...(input.threshold !== undefined ? { threshold: input.threshold } : {}),
  });
  if (input.save ?? true) await deps.store.settings.set(RISK_MODEL_KEY, model);
  return model;
}
