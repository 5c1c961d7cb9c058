/** The policy engine's public surface: one pure decision function per after-sales action. */
export { type CancelInput, type CancelPlan, decideCancel, type Refund } from "./decide-cancel.js";
export { decideExchange, type ExchangeInput, type ExchangePlan } from "./decide-exchange.js";
export { decideModifyAddress, type ModifyAddressPlan } from "./decide-modify-address.js";
export { decideModifyItems, type ModifyItemsPlan } from "./decide-modify-items.js";
export { decideModifyPayment, type ModifyPaymentInput, type ModifyPaymentPlan } from "./decide-modify-payment.js";
export { decideReturn, type ReturnInput, type ReturnPlan } from "./decide-return.js";
export type { Decision, Refusal, RefusalCode, RuleResult } from "./decision.js";
export { deliveredAt } from "./delivery-window.js";
export type { ItemChangeInput, ItemChangePlan } from "./item-change-plan.js";
export { netPaidByMethod, originalPaymentMethodId } from "./order-money.js";
export type { ItemChange } from "./variant-changes.js";
