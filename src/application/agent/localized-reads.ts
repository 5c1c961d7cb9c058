import type { Order } from "../../domain/shop/order.js";
import type { DialogReads } from "../ports/dialog-reads.js";

/**
 * Reads for a Chinese turn: order items carry the catalogue's Chinese product name where it has one.
 * An order keeps the name it was bought under (usually English); without this the bot's own text
 * ("订单商品：Smart Watch") would mix languages while the order card beside it says 智能手表.
 * Only names change: ids, item positions and prices are what the policy and the actions use.
 */
export function chineseNamedReads(reads: DialogReads): DialogReads {
  const names = new Map<string, Promise<string | undefined>>();
  const nameOf = (productId: string) => {
    let name = names.get(productId);
    if (!name) {
      name = reads.product(productId).then((p) => p?.nameZh);
      names.set(productId, name);
    }
    return name;
  };
  const localize = async (order: Order): Promise<Order> => ({
    ...order,
    items: await Promise.all(
      order.items.map(async (item) => ({ ...item, name: (await nameOf(item.productId)) ?? item.name })),
    ),
  });
  return {
    ...reads,
    order: async (id) => {
      const order = await reads.order(id);
      return order ? localize(order) : undefined;
    },
    ordersOf: async (customerId) => Promise.all((await reads.ordersOf(customerId)).map(localize)),
  };
}
