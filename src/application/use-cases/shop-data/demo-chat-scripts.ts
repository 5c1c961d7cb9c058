import type { HandoffReason } from "../../../domain/conversation/handoff.js";
import type { OrderStatus } from "../../../domain/shop/order.js";

/** English and Chinese text of one line; `{order}` is replaced by the order the chat is about. */
export type Bilingual = readonly [en: string, zh: string];

/** One shopper message and the bot's answer, with what the bot understood. */
export interface ScriptTurn {
  shopper: Bilingual;
  intent: string;
  confidence: number;
  /** Sentiment score of the shopper message in [-1, 1]. */
  sentiment: number;
  bot: Bilingual;
  flow: string | null;
  step: string;
  kbArticle?: string;
  /** A closing turn that only some shoppers bother with. */
  optional?: boolean;
}

/** A kind of past chat the demo history repeats with variations. */
export interface ChatScript {
  key: string;
  /** Relative frequency in the history. */
  weight: number;
  /** Orders in these states fit the chat; the shopper's first such order is named. */
  orderStatuses: readonly OrderStatus[];
  turns: readonly ScriptTurn[];
  /** Present when the bot hands the chat to the demo agent. */
  handoff?: { reason: HandoffReason; priority: number; summary: Bilingual; agent: readonly Bilingual[] };
  /** Ratings the shopper may give at the end. */
  ratings: readonly number[];
}

const thanks: ScriptTurn = {
  shopper: ["Great, thanks!", "好的，谢谢！"],
  intent: "thanks",
  confidence: 0.93,
  sentiment: 0.7,
  bot: ["You're welcome! Anything else I can help with?", "不客气！还有其他可以帮您的吗？"],
  flow: null,
  step: "smalltalk",
  optional: true,
};

const handingOff: Bilingual = [
  "I'm passing this to a colleague who can help right away. They'll reply here shortly.",
  "我已将您转接给人工客服，同事会尽快在这里回复您。",
];

/** The past chats of the demo shop: mostly routine and answered by the bot, some for a human. */
export const DEMO_CHAT_SCRIPTS: readonly ChatScript[] = [
  {
    key: "order-status",
    weight: 6,
    orderStatuses: ["shipped", "processed"],
    turns: [
      {
        shopper: ["Where is my order {order}?", "我的订单{order}到哪里了？"],
        intent: "order_status",
        confidence: 0.91,
        sentiment: 0,
        bot: [
          "Order {order} has shipped and is in transit. It should arrive in 2-3 days.",
          "订单{order}已发货，正在运输中，预计2-3天送达。",
        ],
        flow: "order_status",
        step: "report",
      },
      thanks,
    ],
    ratings: [5, 5, 4, 5, 4],
  },
  {
    key: "logistics-stuck",
    weight: 3,
    orderStatuses: ["shipped"],
    turns: [
      {
        shopper: ["My parcel for {order} hasn't moved in 3 days", "订单{order}的快递三天没更新了"],
        intent: "logistics",
        confidence: 0.84,
        sentiment: -0.35,
        bot: [
          "The last scan of {order} was at the sorting hub; parcels usually move again within 48 hours.",
          "订单{order}最后一次扫描在转运中心，一般48小时内会恢复更新。",
        ],
        flow: "order_status",
        step: "report",
        kbArticle: "kb-shipping",
      },
      thanks,
    ],
    ratings: [4, 3, 4, 5],
  },
  {
    key: "return",
    weight: 5,
    orderStatuses: ["delivered"],
    turns: [
      {
        shopper: ["I'd like to return the item from {order}, it doesn't fit", "订单{order}的东西不合适，我想退货"],
        intent: "return",
        confidence: 0.89,
        sentiment: -0.1,
        bot: [
          "Order {order} is within the 7-day return window. Refund to the original payment method?",
          "订单{order}在7天退货期内。退款原路返回可以吗？",
        ],
        flow: "return",
        step: "confirm",
      },
      {
        shopper: ["yes please", "可以"],
        intent: "confirm",
        confidence: 0.95,
        sentiment: 0.2,
        bot: [
          "Done: your return for {order} is requested. We'll email the return label.",
          "已提交订单{order}的退货申请，退货单号会发到您的邮箱。",
        ],
        flow: "return",
        step: "done",
      },
    ],
    ratings: [5, 4, 5, 5],
  },
  {
    key: "exchange",
    weight: 3,
    orderStatuses: ["delivered"],
    turns: [
      {
        shopper: ["Can I exchange the item in {order} for a bigger size?", "订单{order}的商品能换大一号吗？"],
        intent: "exchange",
        confidence: 0.86,
        sentiment: 0,
        bot: [
          "Yes, the next size is in stock at the same price. Shall I go ahead?",
          "可以，大一号有货，价格相同。需要为您办理吗？",
        ],
        flow: "exchange",
        step: "confirm",
      },
      {
        shopper: ["yes", "好的"],
        intent: "confirm",
        confidence: 0.96,
        sentiment: 0.2,
        bot: ["Done: the exchange for {order} is requested.", "已为订单{order}提交换货申请。"],
        flow: "exchange",
        step: "done",
      },
    ],
    ratings: [5, 4, 4],
  },
  {
    key: "refund-status",
    weight: 4,
    orderStatuses: ["returned", "cancelled"],
    turns: [
      {
        shopper: ["When will I get my refund for {order}?", "订单{order}的退款什么时候到账？"],
        intent: "refund_status",
        confidence: 0.9,
        sentiment: -0.05,
        bot: [
          "The refund for {order} was issued to your original payment method; banks take 3-5 business days.",
          "订单{order}的退款已原路退回，银行一般需要3-5个工作日到账。",
        ],
        flow: "refund_status",
        step: "report",
        kbArticle: "kb-refunds",
      },
      thanks,
    ],
    ratings: [4, 5, 3, 4],
  },
  {
    key: "cancel",
    weight: 3,
    orderStatuses: ["pending", "pending_items_modified"],
    turns: [
      {
        shopper: ["Please cancel order {order}, I ordered by mistake", "请取消订单{order}，下错单了"],
        intent: "cancel_order",
        confidence: 0.92,
        sentiment: -0.1,
        bot: [
          "Order {order} hasn't shipped yet, so it can be cancelled. Confirm?",
          "订单{order}尚未发货，可以取消。确认取消吗？",
        ],
        flow: "cancel_order",
        step: "confirm",
      },
      {
        shopper: ["yes, cancel it", "确认"],
        intent: "confirm",
        confidence: 0.94,
        sentiment: 0,
        bot: ["Order {order} is cancelled; the refund is on its way.", "订单{order}已取消，款项将原路退回。"],
        flow: "cancel_order",
        step: "done",
      },
    ],
    ratings: [5, 5, 4],
  },
  {
    key: "address",
    weight: 2,
    orderStatuses: ["pending"],
    turns: [
      {
        shopper: ["I need to change the delivery address for {order}", "订单{order}要改收货地址"],
        intent: "change_address",
        confidence: 0.88,
        sentiment: 0,
        bot: ["Sure. What's the new address?", "好的，请告诉我新的收货地址。"],
        flow: "modify_address",
        step: "ask_address",
      },
      {
        shopper: ["88 Market St, San Francisco, CA 94105", "上海市静安区南京西路1266号"],
        intent: "change_address",
        confidence: 0.71,
        sentiment: 0,
        bot: ["Updated: {order} will ship to the new address.", "已更新：订单{order}将寄往新地址。"],
        flow: "modify_address",
        step: "done",
      },
    ],
    ratings: [5, 4],
  },
  {
    key: "faq-policy",
    weight: 4,
    orderStatuses: ["delivered"],
    turns: [
      {
        shopper: ["What is your return policy?", "你们的退货政策是什么？"],
        intent: "faq",
        confidence: 0.87,
        sentiment: 0,
        bot: [
          "You can return unworn items within 7 days of delivery for a full refund.",
          "签收后7天内，商品未使用可无理由退货并全额退款。",
        ],
        flow: null,
        step: "kb_answer",
        kbArticle: "kb-returns",
      },
      thanks,
    ],
    ratings: [5, 4, 4, 5],
  },
  {
    key: "invoice",
    weight: 2,
    orderStatuses: ["delivered"],
    turns: [
      {
        shopper: ["Can I get an invoice for {order}?", "订单{order}可以开发票吗？"],
        intent: "invoice",
        confidence: 0.9,
        sentiment: 0.05,
        bot: ["Done: the invoice for {order} will be emailed to you.", "已为订单{order}申请发票，将发送到您的邮箱。"],
        flow: "invoice",
        step: "done",
      },
    ],
    ratings: [5, 5, 4],
  },
  {
    key: "warranty",
    weight: 3,
    orderStatuses: ["delivered"],
    turns: [
      {
        shopper: ["My item from {order} stopped working", "订单{order}买的东西坏了，不能用了"],
        intent: "warranty",
        confidence: 0.83,
        sentiment: -0.45,
        bot: handingOff,
        flow: "warranty",
        step: "handoff",
      },
    ],
    handoff: {
      reason: "policy_refusal",
      priority: 50,
      summary: ["Warranty claim: item from {order} stopped working.", "保修：订单{order}的商品无法使用。"],
      agent: [
        [
          "Sorry about that! I've opened a warranty claim for {order}; a replacement ships this week.",
          "非常抱歉！已为订单{order}登记保修，本周内为您寄出新品。",
        ],
        ["Is there anything else I can do for you?", "还有其他需要帮忙的吗？"],
      ],
    },
    ratings: [4, 5, 3, 4],
  },
  {
    key: "complaint",
    weight: 3,
    orderStatuses: ["delivered", "shipped"],
    turns: [
      {
        shopper: [
          "This is the second late delivery, I'm really annoyed. {order} was promised days ago!",
          "第二次延迟了，太让人生气了！订单{order}早就该到了！",
        ],
        intent: "complaint",
        confidence: 0.8,
        sentiment: -0.8,
        bot: handingOff,
        flow: "complaint",
        step: "handoff",
      },
    ],
    handoff: {
      reason: "negative_sentiment",
      priority: 80,
      summary: ["Angry about a late delivery of {order}.", "订单{order}配送延迟，顾客情绪不满。"],
      agent: [
        [
          "I'm sorry for the delay on {order}. I've upgraded it to express and added a $10 credit.",
          "订单{order}的延迟非常抱歉，已为您升级加急配送并补偿10元优惠券。",
        ],
        ["Thank you for your patience.", "感谢您的耐心。"],
      ],
    },
    ratings: [2, 3, 4, 1, 4],
  },
  {
    key: "human",
    weight: 3,
    orderStatuses: ["exchange_requested", "return_requested"],
    turns: [
      {
        shopper: ["Can I talk to a human please?", "我要转人工"],
        intent: "human_agent",
        confidence: 0.95,
        sentiment: -0.1,
        bot: handingOff,
        flow: null,
        step: "handoff",
      },
    ],
    handoff: {
      reason: "requested",
      priority: 30,
      summary: ["Asked for a person about {order}.", "顾客要求人工处理订单{order}。"],
      agent: [
        [
          "Hi, I'm here. I see your request for {order}; how can I help?",
          "您好，我看到了订单{order}的申请，请问需要什么帮助？",
        ],
        ["I've approved it; you'll get an email confirmation.", "已为您审核通过，稍后会收到邮件确认。"],
      ],
    },
    ratings: [5, 4, 5],
  },
  {
    key: "unclear",
    weight: 2,
    orderStatuses: ["delivered"],
    turns: [
      {
        shopper: ["the thing from the ad isn't what i thought", "广告上那个跟想的不一样"],
        intent: "out_of_scope",
        confidence: 0.32,
        sentiment: -0.2,
        bot: handingOff,
        flow: null,
        step: "handoff",
      },
    ],
    handoff: {
      reason: "low_confidence",
      priority: 20,
      summary: ["Unclear request; the bot could not classify it.", "问题不明确，机器人无法识别。"],
      agent: [
        [
          "Hi! Could you tell me which product you mean? I'm happy to check it for you.",
          "您好！请问是哪件商品？我帮您查一下。",
        ],
        ["Thanks, I've sent you the full product details by email.", "好的，商品详情已发到您的邮箱。"],
      ],
    },
    ratings: [4, 3, 5],
  },
];
