import type { Dictionary } from "../shared/i18n.js";

const en = {
  placeholder: "Search chats, customers, orders",
  none: "No matches",
  conversations: "Conversations",
  customers: "Customers",
  orders: "Orders",
  shortcuts: "Keyboard shortcuts",
  shortcutList: [
    ["/", "Search"],
    ["j / k", "Next / previous conversation"],
    ["r", "Write a reply"],
    ["n", "Write an internal note"],
    ["a", "Take over (assign to me)"],
    ["e", "Resolve"],
    ["?", "Show this help"],
    ["Esc", "Close"],
  ] as [string, string][],
  close: "Close",
};

/** Strings of the console search box and the keyboard-shortcut help. */
export const searchStrings: Dictionary<typeof en> = {
  en,
  zh: {
    placeholder: "搜索会话、客户、订单",
    none: "没有匹配结果",
    conversations: "会话",
    customers: "客户",
    orders: "订单",
    shortcuts: "键盘快捷键",
    shortcutList: [
      ["/", "搜索"],
      ["j / k", "下一个 / 上一个会话"],
      ["r", "撰写回复"],
      ["n", "撰写内部备注"],
      ["a", "接管（分配给我）"],
      ["e", "标记为已解决"],
      ["?", "显示此帮助"],
      ["Esc", "关闭"],
    ],
    close: "关闭",
  },
};
