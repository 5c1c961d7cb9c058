import { AxeBuilder } from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eBrowser, launchBrowser, snap } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { submitSignIn } from "./fixtures/staff.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { confirmEmmasReturn, say, widget } from "./fixtures/widget.js";

// What the tester saw as raw codes (ids, refusal codes, "confirm 1.00", JSON rules, English system
// lines in the Chinese console) now reads as words; the reject reason reaches the shopper; the
// customer panel is a toggle under 1180 px; the Resolved tab pages.

let kefu: RunningKefu;
let browser: E2eBrowser;
let shop: Page;
let staff: Page;

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
  browser = await launchBrowser();
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await kefu?.close();
});

function order(page: Page, id: string): Locator {
  return page.getByTestId("customer-order").filter({ hasText: id });
}

describe("console in words", () => {
  it("a shopper submits a return, is refused a cancellation and asks for a human", async () => {
    shop = await browser.context.newPage();
    await shop.goto(`${kefu.url}/demo.html?lang=en`);
    await shop.getByRole("button", { name: "Open customer service chat" }).click();
    const chat = widget(shop);
    await confirmEmmasReturn(chat);
    await chat.getByText(/^I've submitted your request for review/).waitFor();
    await say(chat, "Can I cancel order #W0010004?");
    await chat.getByText(/^Sorry, I can't do that/).waitFor();
    await say(chat, "I want to talk to a human");
    await chat.getByText("Connecting you to an agent").waitFor();
  }, 60_000);

  it("the hand-off summary and the Why? panel name things instead of showing codes", async () => {
    staff = await browser.context.newPage();
    await staff.goto(`${kefu.url}/console`);
    await submitSignIn(staff, "admin@kefu.local", "kefu-admin");
    await staff.getByTestId("queue-item").filter({ hasText: "Emma Wilson" }).first().click();
    const summary = staff.getByTestId("handoff-summary");
    await summary.getByText("Cancel order #W0010004 refused: the order's status doesn't allow it").waitFor();
    const text = ((await summary.textContent()) ?? "").replace(/I want to talk to a human\s*$/, "");
    expect(text).toMatch(/Cancel order · latest message: Talk to a human \(\d+% sure\)/);
    expect(text).toContain("Return #W0010005 submitted for review");
    expect(text).toContain("Emma Wilson");
    expect(text).not.toMatch(/emma_wilson_1001|asr_|ORDER_STATUS_NOT_ALLOWED|cancel_order|human_agent|\d\.\d\d/);

    const refusal = staff.getByTestId("transcript").locator("li", { hasText: "Sorry, I can't do that" });
    await refusal.getByRole("button", { name: "Why?" }).click();
    const rules = refusal.getByTestId("why-rules");
    await rules.getByText("Cancel order: order status allows it").waitFor();
    expect(await refusal.locator(".con-why").textContent()).not.toMatch(/[{}"]/);
    // The summary list and the rule list (✓/✗ with a spoken passed/failed) pass axe as well.
    const axe = await new AxeBuilder({ page: staff }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "critical" || v.impact === "serious")
        .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary}`).join(" | ")}`),
    ).toEqual([]);
    await snap(staff, "31-console-summary-in-words");
  }, 60_000);

  it("the Chinese console words the summary and the system lines in Chinese", async () => {
    await staff.getByTestId("take-over").click();
    await staff.getByText("Assigned to you").waitFor();
    const transcript = staff.getByTestId("transcript");
    await transcript.getByText("Demo Admin joined the conversation").waitFor();
    await staff.getByRole("button", { name: "中文", exact: true }).click();
    await transcript.getByText("Demo Admin 加入了对话").waitFor();
    const summary = staff.getByTestId("handoff-summary");
    await summary.getByText("取消订单 #W0010004 被拒绝：订单状态不允许").waitFor();
    const values = await summary.locator("dd").allInnerTexts();
    // Every value is Chinese except the shopper's name, the order number and their own words.
    const english = values.filter(
      (v) => /[A-Za-z]{3,}/.test(v) && !/[\u4e00-\u9fff]/.test(v) && !/^(Emma Wilson|#W\d+|I want to talk)/.test(v),
    );
    expect(english).toEqual([]);
    await snap(staff, "32-console-summary-zh");
    await staff.getByRole("button", { name: "EN", exact: true }).click();
    await staff.getByTestId("handoff-summary").getByText("Hand-off summary").waitFor();
  }, 60_000);

  it("a rejection's reason reaches the shopper", async () => {
    await order(staff, "#W0010005")
      .getByRole("button", { name: /#W0010005/ })
      .click();
    const request = staff.getByTestId("after-sales-request").filter({ hasText: "Return" });
    await request.getByRole("button", { name: "Reject" }).click();
    const dialog = staff.getByRole("alertdialog");
    await dialog.getByTestId("reject-reason").fill("The keyboard was opened and used for weeks");
    await dialog.getByRole("button", { name: "Reject" }).click();
    await request.filter({ hasText: "Rejected" }).waitFor();
    await widget(shop)
      .getByText(/The keyboard was opened and used for weeks/)
      .waitFor();
  }, 60_000);

  it("under 1180 px the customer panel opens with a toggle and still offers the order actions", async () => {
    await staff.setViewportSize({ width: 1000, height: 800 });
    const panel = staff.getByRole("complementary", { name: "Customer" });
    await expect.poll(() => panel.isVisible()).toBe(false);
    await staff.getByTestId("customer-drawer-toggle").click();
    await panel.waitFor({ state: "visible" });
    await order(staff, "#W0010001")
      .getByRole("button", { name: /#W0010001/ })
      .click();
    await order(staff, "#W0010001").getByRole("button", { name: "Check actions" }).waitFor();
    await staff.getByTestId("customer-drawer-close").click();
    await staff.setViewportSize({ width: 1440, height: 900 });
  }, 60_000);

  it("the Resolved tab loads 30 at a time", async () => {
    await staff.getByTestId("queue-tab-resolved").click();
    const rows = staff.getByTestId("queue-item");
    await expect.poll(() => rows.count()).toBe(30);
    await staff.getByTestId("load-more").click();
    await expect.poll(() => rows.count()).toBeGreaterThan(30);
  }, 60_000);

  it("the audit log names staff and customers instead of showing their ids", async () => {
    await staff.goto(`${kefu.url}/admin/audit`);
    const table = staff.getByTestId("audit-table");
    await table.getByText("Staff · Demo Admin").first().waitFor();
    await table.getByText("Customer · Emma Wilson").first().waitFor();
    const actors = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(actors.filter((a) => /usr_|emma_wilson_1001|conv_/.test(a))).toEqual([]);
    // Actions read as words, the code (what the filter takes) beside them.
    await table.getByRole("button", { name: "Identity verified" }).first().waitFor();
    await table.getByText("identity.verify").first().waitFor();
    await snap(staff, "33-admin-audit-names");
  }, 60_000);
});
