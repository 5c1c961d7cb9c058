/** The canned replies a new install starts with, in both languages (admins edit them in Admin → Canned replies). */
export const DEFAULT_CANNED_REPLIES: {
  id: string;
  locale: "en" | "zh";
  shortcut: string;
  title: string;
  body: string;
  actions: string[];
}[] = [
  {
    id: "canned-en-greeting",
    locale: "en",
    shortcut: "hello",
    title: "Greeting",
    body: "Hi {customer_name}, this is {agent} from customer service. I'm looking at your conversation now.",
    actions: [],
  },
  {
    id: "canned-en-wait",
    locale: "en",
    shortcut: "wait",
    title: "One moment",
    body: "Thanks for your patience — give me a moment to check that for you.",
    actions: [],
  },
  {
    id: "canned-en-tracking",
    locale: "en",
    shortcut: "tracking",
    title: "Tracking link",
    body: "You can follow order {order_number} here: {tracking_link}",
    actions: [],
  },
  {
    id: "canned-en-return",
    locale: "en",
    shortcut: "return",
    title: "Return started",
    body: "The return for order {order_number} has been started. You'll receive a return label by email shortly.",
    actions: [],
  },
  {
    id: "canned-en-refund",
    locale: "en",
    shortcut: "refund",
    title: "Refund timing",
    body: "Refunds reach your original payment method within 3–5 business days.",
    actions: [],
  },
  {
    id: "canned-en-anything",
    locale: "en",
    shortcut: "else",
    title: "Anything else?",
    body: "Is there anything else I can help you with today?",
    actions: [],
  },
  {
    id: "canned-en-closing",
    locale: "en",
    shortcut: "bye",
    title: "Closing",
    body: "Thank you for contacting us, {customer_name}. Have a great day!",
    actions: ["resolve"],
  },
  {
    id: "canned-zh-greeting",
    locale: "zh",
    shortcut: "hello",
    title: "问候",
    body: "{customer_name}您好，我是客服{agent}，正在为您查看会话记录。",
    actions: [],
  },
  {
    id: "canned-zh-wait",
    locale: "zh",
    shortcut: "wait",
    title: "请稍候",
    body: "感谢您的耐心等待，我马上为您核实。",
    actions: [],
  },
  {
    id: "canned-zh-tracking",
    locale: "zh",
    shortcut: "tracking",
    title: "物流链接",
    body: "订单 {order_number} 的物流信息可在这里查看：{tracking_link}",
    actions: [],
  },
  {
    id: "canned-zh-return",
    locale: "zh",
    shortcut: "return",
    title: "已发起退货",
    body: "已为您的订单 {order_number} 发起退货，退货面单稍后会发送到您的邮箱。",
    actions: [],
  },
  {
    id: "canned-zh-refund",
    locale: "zh",
    shortcut: "refund",
    title: "退款时效",
    body: "退款将在 3–5 个工作日内原路退回。",
    actions: [],
  },
  {
    id: "canned-zh-anything",
    locale: "zh",
    shortcut: "else",
    title: "还有其他问题吗",
    body: "请问还有其他可以帮您的吗？",
    actions: [],
  },
  {
    id: "canned-zh-closing",
    locale: "zh",
    shortcut: "bye",
    title: "结束语",
    body: "感谢您的咨询，{customer_name}，祝您生活愉快！",
    actions: ["resolve"],
  },
];
