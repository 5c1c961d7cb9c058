import type { Locale } from "../shared/i18n.js";

/** The console's built-in canned responses (the API has no shared list yet). */
export const CANNED: Record<Locale, { title: string; text: string }[]> = {
  en: [
    { title: "Greeting", text: "Hi, this is {agent} from customer service. I'm looking at your conversation now." },
    { title: "One moment", text: "Thanks for your patience — give me a moment to check that for you." },
    { title: "Return started", text: "Your return has been started. You'll receive a return label by email shortly." },
    { title: "Refund timing", text: "Refunds reach your original payment method within 3–5 business days." },
    { title: "Anything else?", text: "Is there anything else I can help you with today?" },
    { title: "Closing", text: "Thank you for contacting us. Have a great day!" },
  ],
  zh: [
    { title: "问候", text: "您好，我是客服{agent}，正在为您查看会话记录。" },
    { title: "请稍候", text: "感谢您的耐心等待，我马上为您核实。" },
    { title: "已发起退货", text: "已为您发起退货，退货面单稍后会发送到您的邮箱。" },
    { title: "退款时效", text: "退款将在 3–5 个工作日内原路退回。" },
    { title: "还有其他问题吗", text: "请问还有其他可以帮您的吗？" },
    { title: "结束语", text: "感谢您的咨询，祝您生活愉快！" },
  ],
};
