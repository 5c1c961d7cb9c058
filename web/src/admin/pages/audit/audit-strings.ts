import type { Locale } from "../../../shared/i18n.js";

const en = {
  actorTypes: { staff: "Staff", customer: "Customer", bot: "Bot", system: "System" } as Record<string, string>,
  entityTypes: {
    conversation: "Conversation",
    order: "Order",
    customer: "Customer",
    staff_user: "Staff user",
    settings: "Settings",
    after_sales_request: "After-sales request",
    webhook_endpoint: "Webhook",
    kb_article: "Article",
  } as Record<string, string>,
  /** A shopper who has not verified yet is known only by their conversation. */
  visitor: "Unverified visitor",
  keys: {
    customerId: "customer",
    assigneeId: "assigned to",
    previousAssigneeId: "previously with",
    staffId: "staff",
    to: "to",
    reason: "reason",
    priority: "priority",
  } as Record<string, string>,
  nobody: "nobody",
};

export type AuditStrings = typeof en;

const zh: AuditStrings = {
  actorTypes: { staff: "员工", customer: "顾客", bot: "机器人", system: "系统" },
  entityTypes: {
    conversation: "会话",
    order: "订单",
    customer: "顾客",
    staff_user: "员工账号",
    settings: "设置",
    after_sales_request: "售后申请",
    webhook_endpoint: "Webhook",
    kb_article: "知识库文章",
  },
  visitor: "未核实的访客",
  keys: {
    customerId: "顾客",
    assigneeId: "分配给",
    previousAssigneeId: "原处理人",
    staffId: "员工",
    to: "转给",
    reason: "原因",
    priority: "优先级",
  },
  nobody: "无",
};

export const AUDIT_STRINGS: Record<Locale, AuditStrings> = { en, zh };
