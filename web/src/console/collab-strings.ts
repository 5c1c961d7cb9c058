import type { Dictionary } from "../shared/i18n.js";

const en = {
  heldBy: "{name} is handling this chat",
  takeOverFrom: "Take over from {name}",
  confirmTakeOver: "{name} is handling this chat. Take it over and send your reply?",
  viewing: "Also here:",
  typingNow: "typing…",
  transfer: "Transfer",
  transferTo: "Transfer to",
  transferQueue: "Back to the queue",
  transferNote: "Note for the next agent (optional)",
  transferDo: "Transfer",
  alertsMute: "Mute alerts",
  alertsUnmute: "Unmute alerts",
  alertsDesktop: "Desktop alerts",
  alertsDesktopOn: "Desktop alerts on",
  alertsDesktopBlocked: "Desktop alerts blocked by the browser",
  newHandoffTitle: "New hand-off",
  newHandoffBody: "A customer is waiting for an agent.",
  loadMore: "Load more",
};

export type CollabStrings = typeof en;

/** Strings of the console's collaboration features: presence, collision, transfer, alerts. */
export const collabStrings: Dictionary<CollabStrings> = {
  en,
  zh: {
    heldBy: "{name} 正在处理此会话",
    takeOverFrom: "从 {name} 接管",
    confirmTakeOver: "{name} 正在处理此会话。接管并发送您的回复？",
    viewing: "同时在看：",
    typingNow: "正在输入…",
    transfer: "转接",
    transferTo: "转接给",
    transferQueue: "退回队列",
    transferNote: "给下一位客服的备注（可选）",
    transferDo: "转接",
    alertsMute: "静音提醒",
    alertsUnmute: "取消静音",
    alertsDesktop: "桌面通知",
    alertsDesktopOn: "桌面通知已开启",
    alertsDesktopBlocked: "浏览器已阻止桌面通知",
    newHandoffTitle: "新的转人工",
    newHandoffBody: "有顾客在等待客服。",
    loadMore: "加载更多",
  },
};
