import type { Locale } from "../../../shared/i18n.js";

const en = {
  title: "Business hours",
  subtitle:
    "When agents answer chats. Outside these hours the widget says when the team is back and can take an email.",
  availability: "Availability",
  modeAuto: "Follow the opening hours",
  modeOnline: "Online now (ignore the hours)",
  modeAway: "Away now (ignore the hours)",
  timezone: "Time zone (IANA name)",
  timezoneHint: "For example Asia/Shanghai, Europe/Berlin or America/New_York.",
  hours: "Opening hours",
  hoursHint: "Untick a day to close it. Times are in the time zone above.",
  open: "Opens",
  close: "Closes",
  openDay: (day: string) => `Open on ${day}`,
  reply: "Shopper expectations",
  expectedReply: "Expected first reply (minutes)",
  emailFallback: "Offer an email reply when nobody is online",
  save: "Save",
  saved: "Saved",
  errors: "Not saved",
  badTimezone: (zone: string) =>
    `“${zone}” is not a time zone Kefu knows. Use an IANA name such as Asia/Shanghai or America/New_York.`,
  badRange: (day: string) => `${day}: the closing time must be later than the opening time.`,
  badTime: (day: string) => `${day}: enter both times as HH:MM (24-hour).`,
  badMinutes: "Expected first reply: enter a whole number of minutes from 1 to 10080 (one week).",
  badOther: "The server refused these settings. Check the fields and try again.",
};

export type HoursStrings = typeof en;

const zh: HoursStrings = {
  title: "营业时间",
  subtitle: "客服在线接待的时间。非营业时间，聊天窗口会告诉顾客何时恢复服务，并可留下邮箱。",
  availability: "在线状态",
  modeAuto: "按营业时间",
  modeOnline: "立即在线（忽略营业时间）",
  modeAway: "立即离开（忽略营业时间）",
  timezone: "时区（IANA 名称）",
  timezoneHint: "例如 Asia/Shanghai、Europe/Berlin 或 America/New_York。",
  hours: "营业时间",
  hoursHint: "取消勾选即当天休息。时间按上面的时区计算。",
  open: "开始",
  close: "结束",
  openDay: (day: string) => `${day}营业`,
  reply: "顾客预期",
  expectedReply: "预计首次回复（分钟）",
  emailFallback: "无人在线时允许顾客留下邮箱",
  save: "保存",
  saved: "已保存",
  errors: "未保存",
  badTimezone: (zone: string) => `无法识别时区“${zone}”。请使用 IANA 时区名，例如 Asia/Shanghai 或 America/New_York。`,
  badRange: (day: string) => `${day}：结束时间必须晚于开始时间。`,
  badTime: (day: string) => `${day}：请按 24 小时制 HH:MM 填写开始和结束时间。`,
  badMinutes: "预计首次回复：请输入 1 到 10080（一周）之间的整数分钟数。",
  badOther: "服务器未接受这些设置，请检查后重试。",
};

export const HOURS_STRINGS: Record<Locale, HoursStrings> = { en, zh };
