import type { Locale } from "../locale.js";

/** Every bot sentence in both languages; `{name}` placeholders are filled by `render`. */
export const TEMPLATES = {
  greeting: {
    en: "Hi! I'm the shop's assistant. I can track orders, cancel or change them, and handle returns, exchanges, invoices and warranty. How can I help?",
    zh: "您好！我是店铺智能客服，可以帮您查询物流、取消或修改订单，办理退货、换货、发票和保修。请问有什么可以帮您？",
  },
  ask_identity: {
    en: "Before I look at your orders, please verify your identity: send the email address or phone number of your account together with one of your order numbers, or your first and last name with your zip code and email.",
    zh: "查看订单前需要先核实您的身份：请发送账户邮箱或手机号，并附上您的一个订单号；或发送姓名、邮编加邮箱。",
  },
  ask_identity_zip: { en: "Thanks, {name}. Please also send your zip code.", zh: "谢谢{name}，请再提供一下邮编。" },
  identity_failed: {
    en: "Sorry, I couldn't verify those details. Please check them and try again.",
    zh: "抱歉，无法核实这些信息。请核对后再试一次。",
  },
  identity_ok: { en: "Thank you, {name}, you're verified.", zh: "谢谢{name}，身份已核实。" },
  identity_ok_plain: { en: "Thank you, you're verified.", zh: "谢谢，身份已核实。" },
  ask_identity_more: {
    en: "Thanks. To protect your account, please also send one of your order numbers, or your name and zip code.",
    zh: "谢谢。为保护您的账户安全，请再提供您的一个订单号，或姓名加邮编。",
  },
  ask_identity_more_tau2: {
    en: "Please send the email address of your account, or your first and last name with your zip code.",
    zh: "请发送账户邮箱，或姓名加邮编。",
  },
  ask_identity_contact: {
    en: "Thanks. To protect your account, please also send the email address or phone number of your account, or one of your order numbers.",
    zh: "谢谢。为保护您的账户安全，请再提供账户邮箱或手机号，或您的一个订单号。",
  },
  ask_identity_zip_plain: { en: "Thanks. Please also send your zip code.", zh: "谢谢，请再提供一下邮编。" },
  identity_locked_human: {
    en: "If you'd like, a human agent can help you verify your account.",
    zh: "如需要，可以为您转接人工客服协助核实身份。",
  },
  otp_sent: {
    en: "If those details match an account, I've sent a 6-digit code to the {channel} on file. Please type it here; it expires in {minutes} minutes.",
    zh: "如果信息与账户匹配，我们已向预留的{channel}发送了6位验证码，请在此输入，{minutes}分钟内有效。",
  },
  otp_wrong: {
    en: "That code doesn't match. Please check it and try again.",
    zh: "验证码不正确，请核对后再试。",
  },
  otp_expired: {
    en: "That code has expired or can no longer be used. Send your email or phone number again for a new one.",
    zh: "验证码已过期或已失效。请重新发送邮箱或手机号以获取新的验证码。",
  },
  otp_message: {
    en: "Your verification code is {code}. It expires in {minutes} minutes. If you did not ask for it, ignore this message.",
    zh: "您的验证码是 {code}，{minutes}分钟内有效。如非本人操作，请忽略。",
  },
  otp_subject: { en: "Your verification code", zh: "您的验证码" },
  channel_email: { en: "email address", zh: "邮箱" },
  channel_sms: { en: "phone number", zh: "手机" },
  ask_order: { en: "Which order is it about?", zh: "请问是哪个订单？" },
  ask_order_list: { en: "Which order is it about? {orders}", zh: "请问是哪个订单？{orders}" },
  no_orders: { en: "I can't find any orders on your account.", zh: "您的账户下没有找到订单。" },
  order_not_found: {
    en: "I couldn't find order {orderId} on your account.",
    zh: "您的账户下没有找到订单 {orderId}。",
  },
  ask_items: {
    en: "Which items of order {orderId}? You can pick several.",
    zh: "订单 {orderId} 里是哪几件商品？可以多选。",
  },
  ask_new_variant: {
    en: "Which {product} would you like instead of {current}? Available: {options}.",
    zh: "{product}（当前 {current}）想换成哪一款？可选：{options}。",
  },
  variant_sold_out: {
    en: "Sorry, {variant} is out of stock.",
    zh: "抱歉，{variant} 已售罄。",
  },
  exchange_same_product: {
    en: "An exchange swaps an item for another option of the same product (a different size or colour); for the {other}, you could return this one and order the {other} separately.",
    zh: "换货只能换同一商品的其他款式（尺码或颜色）；如需{other}，可以先退货，再单独下单。",
  },
  no_variant_available: {
    en: "Sorry, there is no other available option of {product} right now.",
    zh: "抱歉，{product} 目前没有其他可选的款式。",
  },
  ask_reason_cancel: {
    en: "May I ask why you want to cancel: no longer needed, or ordered by mistake?",
    zh: "请问取消的原因是：不再需要，还是下错单了？",
  },
  ask_refund_method: {
    en: "Where should the refund go? Options: {options}.",
    zh: "退款退到哪里？可选：{options}。",
  },
  ask_payment_method: {
    en: "Which payment method would you like to use? Options: {options}.",
    zh: "您想使用哪种支付方式？可选：{options}。",
  },
  ask_address: {
    en: "Please send the new address, e.g. “12 Main St, Springfield, IL 62701, USA”.",
    zh: "请发送新地址，例如“广东省深圳市南山区科技园路1号 518000”。",
  },
  address_missing: {
    en: "Thanks, I have: {have}. Please also send the {missing}.",
    zh: "收到：{have}。请再补充{missing}。",
  },
  address_unparsed: {
    en: "Sorry, I couldn't read that as an address. Please send it as: street, city, state zip, country.",
    zh: "抱歉，没能识别这个地址。请按“省 市 区 街道门牌 邮编”的格式发送。",
  },
  ask_details: { en: "Please describe the problem in a sentence or two.", zh: "请简单描述一下遇到的问题。" },
  confirm: { en: "Please confirm:\n{details}\nShall I go ahead?", zh: "请确认：\n{details}\n确认办理吗？" },
  refused: {
    en: "Sorry, I can't do that: {reason} Would you like me to connect you with a colleague?",
    zh: "抱歉，无法办理：{reason} 需要为您转接人工客服吗？",
  },
  refused_cancel_offer_return: {
    en: "It can't be cancelled any more, but once it is delivered you can return it.",
    zh: "订单已无法取消，签收后可以申请退货。",
  },
  still_refused: {
    en: "As it stands that request can't go ahead, so I haven't changed anything. Would you like me to connect you with a colleague?",
    zh: "这个请求目前无法办理，我没有做任何修改。需要为您转接人工客服吗？",
  },
  done: { en: "Done: {what}", zh: "已办理：{what}" },
  submitted_review: {
    en: "I've submitted your request for review: {what}. No money has moved yet: staff will check it first, and I'll tell you here when it is approved or rejected.",
    zh: "已为您提交申请，等待审核：{what}。目前尚未退款或变更；客服审核后，我会在这里通知您结果。",
  },
  submitted_platform: {
    en: "I've sent this to the shop's system: {what}. Nothing has changed yet; I'll confirm here as soon as the shop has done it.",
    zh: "已将此请求发送到店铺系统：{what}。目前尚未生效；店铺处理完成后，我会在这里确认。",
  },
  submitted: {
    en: "I've passed your request to our team: {what}. Request number: {requestId}.",
    zh: "已将您的请求转交给我们的团队：{what}。申请编号：{requestId}。",
  },
  invoice_when: {
    en: "Invoices are issued within 3 business days.",
    zh: "发票会在3个工作日内开具。",
  },
  next_request: { en: "Now your next request.", zh: "接下来处理您的下一个请求。" },
  one_method_only: {
    en: "The money can go to one payment method only. Which one should I use?",
    zh: "款项只能退到（或使用）一种支付方式，请问选哪一种？",
  },
  no_eligible_orders: {
    en: "None of your orders qualifies for “{what}” right now. {reason} Would you like me to connect you with a colleague?",
    zh: "您目前没有可以办理“{what}”的订单。{reason} 需要为您转接人工客服吗？",
  },
  request_dropped: {
    en: "OK, I've dropped that request; nothing was changed.",
    zh: "好的，已撤销该请求，没有做任何修改。",
  },
  payment_already_used: {
    en: "Order {orderId} is already paid with {method}, so it needs a different method.",
    zh: "订单 {orderId} 已经使用{method}支付，需要换一种不同的支付方式。",
  },
  gift_card_short: {
    en: "Your gift card balance ({balance}) does not cover the order total of {total}, so it can't pay for it.",
    zh: "您的礼品卡余额（{balance}）不足以支付订单总额 {total}，无法使用礼品卡支付。",
  },
  payment_not_allowed: {
    en: "That payment method can't be used for this under the shop policy. Possible: {options}.",
    zh: "根据店铺政策，这里不能使用该支付方式。可选：{options}。",
  },
  plain: { en: "{text}", zh: "{text}" },
  review_approved: {
    en: "Update on your {kind} request for order {orderId}: it has been approved. {detail}",
    zh: "关于订单 {orderId} 的{kind}申请：已审核通过。{detail}",
  },
  review_rejected: {
    en: "Update on your {kind} request for order {orderId}: it was not approved. Reason: {reason}",
    zh: "关于订单 {orderId} 的{kind}申请：未通过审核。原因：{reason}",
  },
  policy_return_window: {
    en: "You can return items within {days} days of delivery (shop policy).",
    zh: "根据店铺政策，签收后{days}天内可以退货。",
  },
  policy_return_anytime: {
    en: "Delivered orders can be returned at any time (shop policy).",
    zh: "根据店铺政策，已签收的订单随时可以申请退货。",
  },
  policy_no_reason: {
    en: "Within {days} days of delivery no reason is needed; after that a return needs a quality issue.",
    zh: "签收后{days}天内无理由退货；超过后需有质量问题才能退货。",
  },
  policy_exchange_window: {
    en: "Exchanges are possible within {days} days of delivery.",
    zh: "签收后{days}天内可以换货。",
  },
  policy_refund_to: { en: "Refunds can go to {where}.", zh: "退款可以退到{where}。" },
  policy_cancel: {
    en: "An order can be cancelled while it is {statuses}.",
    zh: "订单在{statuses}状态下可以取消。",
  },
  data_gift_cards: { en: "Your gift card balance: {balances}.", zh: "您的礼品卡余额：{balances}。" },
  data_no_gift_card: { en: "You have no gift card on your account.", zh: "您的账户下没有礼品卡。" },
  data_paid: {
    en: "For order {orderId} you paid {total} ({methods}).",
    zh: "订单 {orderId} 您支付了 {total}（{methods}）。",
  },
  data_price: {
    en: "{product}: {list}.",
    zh: "{product}：{list}。",
  },
  data_items: {
    en: "Order {orderId} ({status}) contains: {items}.",
    zh: "订单 {orderId}（{status}）包含：{items}。",
  },
  data_variants: {
    en: "{product} comes in {count} variants, {inStock} of them in stock: {list}.",
    zh: "{product} 共有 {count} 个款式，其中 {inStock} 个有货：{list}。",
  },
  data_arrival: { en: "Order {orderId}: {when}", zh: "订单 {orderId}：{when}" },
  data_tracking: {
    en: "Tracking for order {orderId}: {tracking}.",
    zh: "订单 {orderId} 的物流单号：{tracking}。",
  },
  data_no_tracking: {
    en: "Order {orderId} has no tracking number yet (it is {status}).",
    zh: "订单 {orderId} 暂时还没有物流单号（当前状态：{status}）。",
  },

  failed_write: {
    en: "Sorry, that didn't go through: {reason}",
    zh: "抱歉，办理没有成功：{reason}",
  },
  nothing_changed: { en: "OK, I haven't changed anything.", zh: "好的，没有做任何修改。" },
  flow_cancelled: { en: "OK, I've stopped that request.", zh: "好的，已停止该请求。" },
  anything_else: { en: "Is there anything else I can help with?", zh: "还有其他可以帮您的吗？" },
  resume: { en: "Now, back to your earlier request.", zh: "我们继续刚才的请求。" },
  order_status: { en: "Order {orderId} is {status}.", zh: "订单 {orderId} 的状态：{status}。" },
  order_items: { en: "It contains: {items}.", zh: "订单商品：{items}。" },
  tracking_carrier: { en: "Carrier: {carrier}.", zh: "承运快递：{carrier}。" },
  tracking_latest: {
    en: "Latest tracking ({trackingId}): {event} {location} {at}.",
    zh: "最新物流（{trackingId}）：{event} {location} {at}。",
  },
  tracking_number: { en: "Tracking number: {trackingId}.", zh: "物流单号：{trackingId}。" },
  no_tracking: { en: "It has no tracking information yet.", zh: "暂时还没有物流信息。" },
  refund_none: {
    en: "There are no refunds or after-sales requests on order {orderId}.",
    zh: "订单 {orderId} 没有退款或售后申请。",
  },
  refund_line: { en: "{kind} request ({status}), amount {amount}.", zh: "{kind}申请（{status}），金额 {amount}。" },
  refund_awaiting_review: {
    en: "It is waiting for staff review: no money has moved yet; the refund follows once it is approved and we receive the item.",
    zh: "该申请正在等待客服审核，目前尚未退款；审核通过并收到退货后会为您退款。",
  },
  refund_paid: { en: "Refunded {amount} on {date}.", zh: "已于 {date} 退款 {amount}。" },
  kb_answer: { en: "{body}\n(Source: {title})", zh: "{body}\n（来源：{title}）" },
  kb_none: {
    en: "I'm not sure about that one. I can connect you with a colleague if you like.",
    zh: "这个问题我不太确定，需要的话可以为您转接人工客服。",
  },
  clarify: {
    en: "Sorry, I'm not sure I understood. Is it about one of these?",
    zh: "抱歉，我不太确定您的意思。是下面哪一项？",
  },
  not_understood: { en: "Sorry, I didn't get that. {question}", zh: "抱歉，没能理解。{question}" },
  handoff: {
    en: "I'm connecting you with a colleague now; they'll see our conversation so you don't need to repeat yourself.",
    zh: "正在为您转接人工客服，客服会看到我们的对话记录，您无需重复说明。",
  },
  handoff_declined: { en: "All right. Anything else I can do?", zh: "好的。还有其他可以帮您的吗？" },
  thanks: { en: "You're welcome!", zh: "不客气！" },
  goodbye: {
    en: "Thank you for chatting with us. Goodbye, have a nice day!",
    zh: "感谢您的咨询，再见，祝您生活愉快！",
  },
  hello: { en: "Hello! How can I help you today?", zh: "您好！请问有什么可以帮您？" },
  nothing_to_confirm: {
    en: "There's nothing waiting for your confirmation right now. What can I help you with?",
    zh: "目前没有需要您确认的事项。请问有什么可以帮您？",
  },
  busy_retry: { en: "The order changed in the meantime; please try again.", zh: "订单刚刚有变动，请再试一次。" },
} as const satisfies Record<string, Record<Locale, string>>;

export type TemplateKey = keyof typeof TEMPLATES;

/** Fills a template's `{placeholders}`; unknown ones are left as they are. */
export function render(key: TemplateKey, locale: Locale, vars: Record<string, string | number> = {}): string {
  return TEMPLATES[key][locale].replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}
