import { api } from "../shared/api-client.js";
import type { ConversationDetail, Customer360, Order } from "../shared/api-types.js";
import { cannedValues } from "./canned-values.js";
import type { CannedValues } from "./fill-canned-reply.js";

/** The variables' values for the open conversation; the customer's orders are fetched only when a reply is inserted. */
export async function loadCannedValues(
  detail: ConversationDetail | undefined,
  agentName: string,
): Promise<CannedValues> {
  const customerId = detail?.conversation.verifiedCustomerId;
  let orders: Order[] = [];
  if (customerId) {
    // Without orders the order variables stay for the agent to fill; the reply itself still goes in.
    orders = await api
      .get<Customer360>(`/customers/${encodeURIComponent(customerId)}`)
      .then((c) => c.orders)
      .catch(() => []);
  }
  return cannedValues({
    agentName,
    customer: detail?.customer,
    orders,
    state: detail?.conversation.state ?? {},
    messages: detail?.messages ?? [],
  });
}
