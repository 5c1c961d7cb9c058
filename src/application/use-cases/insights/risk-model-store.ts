import { KefuError } from "../../../domain/errors/kefu-error.js";
import { RiskModel } from "../../../domain/insights/risk/risk-model.js";
import type { SettingsRepository } from "../../ports/admin-repositories.js";

/** Settings key of the active after-sales risk model. */
export const RISK_MODEL_KEY = "models.risk";

/** The active risk model; MODEL_NOT_FOUND until `kefu risk train` (or the API) trained one. */
export async function loadRiskModel(settings: SettingsRepository): Promise<RiskModel> {
  const stored = await settings.get(RISK_MODEL_KEY);
  if (stored === undefined || stored === null) {
    throw new KefuError("MODEL_NOT_FOUND", "no risk model yet: train one with `kefu risk train`");
  }
  const parsed = RiskModel.safeParse(stored);
  if (!parsed.success) throw new KefuError("MODEL_NOT_FOUND", "the stored risk model is invalid: train it again");
  return parsed.data;
}

/** The active risk model, or undefined when none is trained (or the stored one is unusable). */
export async function findRiskModel(settings: SettingsRepository): Promise<RiskModel | undefined> {
  try {
    return await loadRiskModel(settings);
  } catch (error) {
    if (KefuError.isInstance(error) && error.code === "MODEL_NOT_FOUND") return undefined;
    throw error;
  }
}
