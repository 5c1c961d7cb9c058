/** The after-sales use cases: every order-changing action goes through the policy engine here. */
export {
  type AfterSalesDeps,
  type AfterSalesResult,
  loadShopPolicy,
  type OrderActionInput,
} from "./after-sales-deps.js";
export { cancelOrder } from "./cancel-order.js";
export {
  type ActionDecision,
  type AfterSalesAction,
  decideAction,
  type PlanByKind,
  planAmountCents,
} from "./decide-action.js";
export { type ExchangeItemsInput, exchangeOrderItems } from "./exchange-order-items.js";
export { modifyOrderAddress } from "./modify-order-address.js";
export { type ModifyItemsInput, modifyOrderItems } from "./modify-order-items.js";
export { modifyOrderPayment } from "./modify-order-payment.js";
export { type ActionEligibility, previewAction, previewAllActions } from "./preview-action.js";
export { requestService, type ServiceKind } from "./request-service.js";
export { type ReturnItemsInput, returnOrderItems } from "./return-order-items.js";
export { type ReviewInput, type ReviewResult, reviewAfterSalesRequest } from "./review-after-sales-request.js";
export { updateDefaultAddress } from "./update-default-address.js";
