import type { Intent } from "../../domain/nlu/intent.js";

/** Messages written for the tests (not taken from the training templates), three per intent and language. */
export const REALISTIC_MESSAGES: Record<Intent, { en: string[]; zh: string[] }> = {
  order_status: {
    en: [
      "Has order #W2378156 been processed yet?",
      "what's going on with my order, it still says pending",
      "Can you check the status of my purchase from last week",
    ],
    zh: ["我昨天下的单怎么还没发货", "帮我看看订单2024112212345现在什么状态", "订单一直显示待发货是怎么回事"],
  },
  logistics: {
    en: [
      "where is my parcel? tracking hasn't moved",
      "When will the package get to me?",
      "which courier is delivering my stuff",
    ],
    zh: ["我的快递到哪了", "物流三天没更新了", "包裹显示签收了但是我没收到"],
  },
  return: {
    en: [
      "I want to return the shoes from order #W2378156",
      "how can I send back a jacket that doesn't fit",
      "The blender arrived broken, I'd like to return it",
    ],
    zh: ["这双鞋不合适，我想退货", "怎么申请七天无理由退货", "收到的衣服有质量问题，要退掉"],
  },
  exchange: {
    en: [
      "Can I exchange the shirt for a larger size?",
      "I'd like to swap my black sneakers for the white ones",
      "the hoodie is too small, can you send an XL instead",
    ],
    zh: ["衣服小了，能换大一码吗", "我想把红色的换成黑色的", "换货怎么操作"],
  },
  refund_status: {
    en: [
      "I sent the item back two weeks ago, where is my refund?",
      "has my refund been processed",
      "how long until the money is back on my card",
    ],
    zh: ["退款怎么还没到账", "东西已经寄回去了，钱什么时候退", "查一下我的退款进度"],
  },
  cancel_order: {
    en: [
      "Please cancel order #W4817420",
      "I ordered this by mistake, can you cancel it",
      "I no longer need the order, cancel it please",
    ],
    zh: ["帮我取消这个订单", "下错单了，能取消吗", "不想要了，把订单取消掉"],
  },
  change_address: {
    en: [
      "I need to change the delivery address on my order",
      "can you ship it to 12 Oak Street instead",
      "wrong apartment number on my order, please fix it",
    ],
    zh: ["收货地址填错了，能改一下吗", "帮我把地址改成上海市浦东新区世纪大道100号", "我搬家了，订单能改地址吗"],
  },
  change_items: {
    en: [
      "Before it ships, can I change the color of the t-shirt in my order?",
      "I picked the wrong size in my pending order, switch it to M",
      "change the keyboard in my order to the linear switches",
    ],
    zh: ["还没发货的话能把颜色改成蓝色吗", "下单时选错尺码了，帮我改一下", "订单里的键盘想换成红轴再发货"],
  },
  change_payment: {
    en: [
      "Can I pay with my gift card instead of the credit card?",
      "I want to change the payment method on my order",
      "my card was declined, can I use a different one",
    ],
    zh: ["能不能换成礼品卡支付", "付款方式选错了，能改吗", "我想换一张卡付款"],
  },
  invoice: {
    en: [
      "I need an invoice for my order",
      "Can you email me a receipt for the purchase?",
      "the invoice has the wrong company name",
    ],
    zh: ["我要开发票", "电子发票在哪里下载", "发票抬头开错了能重开吗"],
  },
  warranty: {
    en: [
      "my headphones stopped working after 3 months, is that covered by warranty",
      "How long is the warranty on the laptop?",
      "where can I get my watch repaired",
    ],
    zh: ["耳机用了两个月就坏了能保修吗", "保修期是多久", "手机屏幕坏了怎么维修"],
  },
  complaint: {
    en: [
      "I want to file a complaint about the courier",
      "this is the worst service I have ever had",
      "You charged me twice and nobody answers my emails",
    ],
    zh: ["我要投诉你们的快递员", "你们的服务太差了", "扣了两次钱，给个说法"],
  },
  human_agent: {
    en: ["Let me talk to a real person", "transfer me to a human agent please", "I don't want a bot, get me someone"],
    zh: ["转人工", "我要找人工客服", "不想和机器人说了，找个真人"],
  },
  greeting: {
    en: ["hello", "Hi there!", "good morning"],
    zh: ["你好", "在吗", "您好，客服"],
  },
  thanks: {
    en: ["thank you so much", "thanks for the help!", "great, thanks"],
    zh: ["谢谢", "太感谢了", "好的，谢谢你"],
  },
  goodbye: {
    en: ["bye", "that's all, goodbye", "have a nice day"],
    zh: ["再见", "没事了，拜拜", "好的，先这样吧"],
  },
  confirm: {
    en: ["yes", "yes please go ahead", "that's correct"],
    zh: ["对的", "好的", "确认"],
  },
  deny: {
    en: ["no thanks", "no, that's the wrong order", "don't do that"],
    zh: ["不用了", "不是这个订单", "不对"],
  },
  faq: {
    en: ["What is your return policy?", "do you ship to Canada", "which payment methods do you accept"],
    zh: ["运费多少钱", "支持花呗吗", "多久能发货"],
  },
  out_of_scope: {
    en: ["what's the weather like tomorrow", "tell me a joke", "can you write my homework"],
    zh: ["今天天气怎么样", "讲个笑话吧", "帮我写一首诗"],
  },
};
