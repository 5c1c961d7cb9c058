import type { Locale } from "../../../domain/locale.js";
import type { PlatformWriteOp } from "../../../domain/platform/platform-write.js";

const WHAT: Record<PlatformWriteOp, [string, string]> = {
  cancel: ["cancellation", "取消"],
  update_address: ["address change", "地址修改"],
  refund: ["refund", "退款"],
  modify_items: ["item change", "商品修改"],
  exchange: ["exchange", "换货"],
};

/** What the shopper is told once the shop platform has made a change the bot sent it. */
export function platformDoneText(op: PlatformWriteOp, orderId: string, locale: Locale): string {
  if (op === "cancel") {
    return locale === "zh"
      ? `店铺系统已确认：订单 ${orderId} 已取消，款项将退回原支付方式。`
      : `The shop has confirmed it: order ${orderId} is cancelled and the payment will be refunded.`;
  }
  if (op === "modify_items") {
    return locale === "zh"
      ? `店铺系统已确认：订单 ${orderId} 的商品已按您的选择修改。`
      : `The shop has confirmed it: the items of order ${orderId} are changed as you chose.`;
  }
  return locale === "zh"
    ? `店铺系统已确认：订单 ${orderId} 的收货地址已修改。`
    : `The shop has confirmed it: the shipping address of order ${orderId} is changed.`;
}

/** What the shopper is told when the shop platform refused (or never accepted) the change: nothing changed. */
export function platformRefusedText(
  op: PlatformWriteOp,
  orderId: string,
  locale: Locale,
  reason: string,
  unavailable: boolean,
): string {
  const [en, zh] = WHAT[op];
  if (locale === "zh") {
    const why = unavailable ? "店铺系统暂时无法连接" : `店铺系统未接受：${reason}`;
    return `抱歉，订单 ${orderId} 的${zh}没有办成（${why}），订单没有任何变更。已转交同事处理，他们会在这里回复您。`;
  }
  const why = unavailable ? "the shop's system could not be reached" : `the shop's system refused it: ${reason}`;
  return `Sorry, the ${en} of order ${orderId} did not go through (${why}). Nothing has been changed. I've passed this to a colleague, who will follow up here.`;
}
