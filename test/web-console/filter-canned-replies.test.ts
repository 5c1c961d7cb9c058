import { describe, expect, it } from "vitest";
import type { CannedReply } from "../../src/contract/canned-replies.js";
import { filterCannedReplies, slashQuery } from "../../web/src/console/filter-canned-replies.js";

const reply = (shortcut: string, title: string, body: string): CannedReply => ({
  id: shortcut,
  locale: "zh",
  shortcut,
  title,
  body,
  actions: [],
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
});

describe("canned reply picker filter", () => {
  const items = [
    reply("bye", "结束语", "感谢您的咨询"),
    reply("refund", "退款时效", "退款将在 3–5 个工作日内原路退回"),
    reply("wait", "Refund check", "One moment"),
  ];

  it("puts shortcut matches first, then titles, then bodies, and drops the rest", () => {
    expect(filterCannedReplies(items, "ref").map((r) => r.shortcut)).toEqual(["refund", "wait"]);
    expect(filterCannedReplies(items, "退款").map((r) => r.shortcut)).toEqual(["refund"]);
    expect(filterCannedReplies(items, "咨询").map((r) => r.shortcut)).toEqual(["bye"]);
    expect(filterCannedReplies(items, "zzz")).toEqual([]);
    expect(filterCannedReplies(items, "")).toHaveLength(3);
  });

  it("opens on a bare /word draft only", () => {
    expect(slashQuery("/")).toBe("");
    expect(slashQuery("/退款")).toBe("退款");
    expect(slashQuery("/ref now")).toBeUndefined();
    expect(slashQuery("see /ref")).toBeUndefined();
  });
});
