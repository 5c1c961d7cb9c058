import { type Decision, RuleLog } from "./decision.js";
import { checkDeliveryWindow } from "./delivery-window.js";
import { type ItemChangeInput, type ItemChangePlan, isRefusal, planItemChange } from "./item-change-plan.js";
import { checkOnce, checkSelection, checkStatus } from "./order-checks.js";

export type ExchangePlan = ItemChangePlan;

export interface ExchangeInput extends ItemChangeInput {
  now: Date;
  /** The shopper reports a quality issue (needed after the no-reason period). */
  qualityIssue?: boolean;
}

/** Exchange delivered items: once per order, within the window, same product, available, different options. */
export function decideExchange(input: ExchangeInput): Decision<ExchangePlan> {
  const log = new RuleLog();
  const refused =
    checkStatus(log, input.policy, "exchange", input.order) ??
    checkOnce(log, input.policy, "exchange", input.order) ??
    checkDeliveryWindow(log, input.policy, "exchange", input.order, input.now, input.qualityIssue ?? false) ??
    checkSelection(log, "exchange", input.order, input.itemIndexes);
  if (refused) return refused;
  const plan = planItemChange(log, "exchange", input);
  return isRefusal(plan) ? plan : log.allow(plan);
}
