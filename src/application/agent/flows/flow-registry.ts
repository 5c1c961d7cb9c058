import type { DialogFlow } from "../../../domain/dialog/flow-specs.js";
import { cancelOrderFlow } from "./cancel-order-flow.js";
import { complaintFlow } from "./complaint-flow.js";
import { exchangeFlow } from "./exchange-flow.js";
import type { FlowModule } from "./flow-module.js";
import { invoiceFlow } from "./invoice-flow.js";
import { modifyAddressFlow } from "./modify-address-flow.js";
import { modifyItemsFlow } from "./modify-items-flow.js";
import { modifyPaymentFlow } from "./modify-payment-flow.js";
import { orderStatusFlow } from "./order-status-flow.js";
import { refundStatusFlow } from "./refund-status-flow.js";
import { returnFlow } from "./return-flow.js";
import { updateDefaultAddressFlow } from "./update-default-address-flow.js";
import { warrantyFlow } from "./warranty-flow.js";

/** Every flow the dialog runs, by name: adding or fixing a flow is one file plus one line here. */
export const FLOWS: Record<DialogFlow, FlowModule> = {
  order_status: orderStatusFlow,
  refund_status: refundStatusFlow,
  cancel_order: cancelOrderFlow,
  modify_address: modifyAddressFlow,
  modify_payment: modifyPaymentFlow,
  modify_items: modifyItemsFlow,
  return: returnFlow,
  exchange: exchangeFlow,
  invoice: invoiceFlow,
  warranty: warrantyFlow,
  complaint: complaintFlow,
  update_default_address: updateDefaultAddressFlow,
};

export const flowModule = (name: DialogFlow): FlowModule => FLOWS[name];
