import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { addressFieldsText } from "./address-lines.js";
import type { FlowModule } from "./flow-module.js";

/** Replace the shopper's default address (no order involved). */
export const updateDefaultAddressFlow: FlowModule = {
  name: "update_default_address",
  spec: FLOW_SPECS.update_default_address,
  describe({ flow, locale }) {
    const fields = addressFieldsText(flow.slots.address, locale);
    return [locale === "zh" ? `默认地址改为：${fields}` : `Set your default address to: ${fields}`];
  },
};
