import type { Locale } from "../../../domain/locale.js";

/** Fixed system lines, one per locale; the bot's own replies come from the agent's templates. */
const TEXTS = {
  greeting: {
    en: "Hi! I'm the shop assistant. Ask me about orders, returns, refunds or shipping.",
    zh: "您好！我是店铺客服助手，可以帮您查询订单、办理退换货、退款和物流问题。",
  },
  botFailed: {
    en: "Sorry, something went wrong on my side. I'm passing you to a colleague who will reply here shortly.",
    zh: "抱歉，我这边出了点问题。已为您转接人工客服，请稍候，客服会在这里回复您。",
  },
  noBot: {
    en: "Thanks for your message. A member of our team will reply here shortly.",
    zh: "感谢您的留言，客服人员会尽快在这里回复您。",
  },
  agentJoined: {
    en: "{name} from our team has joined the conversation.",
    zh: "客服 {name} 已加入对话。",
  },
  handedBack: {
    en: "You're back with the shop assistant. Ask me anything.",
    zh: "已为您切换回智能助手，有什么可以帮您？",
  },
  csatThanks: {
    en: "Thank you for your rating! It helps us serve you better.",
    zh: "感谢您的评分！我们会继续改进服务。",
  },
  csatPrompt: {
    en: "Your conversation has been resolved. How would you rate our service (1-5)?",
    zh: "本次会话已结束，请为我们的服务打分（1-5 分）。",
  },
} as const;

export type ConversationText = keyof typeof TEXTS;

/** The line in the conversation's language, with `{name}`-style placeholders filled. */
export function conversationText(key: ConversationText, locale: Locale, vars: Record<string, string> = {}): string {
  return TEXTS[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? "");
}
