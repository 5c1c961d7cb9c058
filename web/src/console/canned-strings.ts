import type { Dictionary } from "../shared/i18n.js";

const en = {
  open: "Canned replies",
  filter: "Filter canned replies",
  listLabel: "Canned replies in {language}",
  none: "No canned reply matches",
  loadFailed: "Canned replies could not be loaded",
  hint: "Type / to pick a canned reply · ↑ ↓ to move · Enter to insert · Esc to close",
  fillIn: "Replace {names} before sending",
  afterSending: "After sending:",
  dontRun: "Don't run",
  action_assign_me: "assign to me",
  action_handback: "hand back to the bot",
  action_resolve: "resolve",
  actionFailed: "Sent, but “{action}” failed: {error}",
  language_en: "English",
  language_zh: "Chinese",
};

export type CannedStrings = typeof en;

/** Strings of the composer's canned-reply picker and macros. */
export const cannedStrings: Dictionary<CannedStrings> = {
  en,
  zh: {
    open: "快捷回复",
    filter: "筛选快捷回复",
    listLabel: "{language}快捷回复",
    none: "没有匹配的快捷回复",
    loadFailed: "快捷回复加载失败",
    hint: "输入 / 选择快捷回复 · ↑ ↓ 移动 · 回车插入 · Esc 关闭",
    fillIn: "发送前请替换 {names}",
    afterSending: "发送后：",
    dontRun: "不执行",
    action_assign_me: "分配给我",
    action_handback: "交还机器人",
    action_resolve: "标记为已解决",
    actionFailed: "消息已发送，但“{action}”失败：{error}",
    language_en: "英文",
    language_zh: "中文",
  },
};
