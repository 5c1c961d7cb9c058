import { type Decision, RuleLog } from "./decision.js";
import { type ItemChangeInput, type ItemChangePlan, isRefusal, planItemChange } from "./item-change-plan.js";
import { checkOnce, checkSelection, checkStatus } from "./order-checks.js";

export type ModifyItemsPlan = ItemChangePlan;

/** Modify items of a pending order: once per order, same product, available, different options. */
export function decideModifyItems(input: ItemChangeInput): Decision<ModifyItemsPlan> {
  const log = new RuleLog();
  const refused =
    checkStatus(log, input.policy, "modifyItems", input.order) ??
    checkOnce(log, input.policy, "modifyItems", input.order) ??
    checkSelection(log, "modifyItems", input.order, input.itemIndexes);
  if (refused) return refused;
  const plan = planItemChange(log, "modifyItems", input);
  return isRefusal(plan) ? plan : log.allow(plan);
}
