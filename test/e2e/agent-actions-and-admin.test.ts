import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eBrowser, launchBrowser, snap } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { submitSignIn } from "./fixtures/staff.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { confirmEmmasReturn, say, widget } from "./fixtures/widget.js";

// The agent's policy-checked actions in the console, then every admin page against the real API, in both languages.

let kefu: RunningKefu;
let browser: E2eBrowser;
let shop: Page;
let staff: Page;
let conversationUrl = "";

function order(page: Page, id: string): Locator {
  return page.getByTestId("customer-order").filter({ hasText: id });
}

/** Opens an admin page from the side navigation and waits for its root. */
async function adminPage(page: Page, link: string | RegExp, testId: string): Promise<Locator> {
  await page.locator(".adm-nav").getByRole("link", { name: link }).click();
  const root = page.getByTestId(testId);
  await root.waitFor();
  return root;
}

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
  browser = await launchBrowser();
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await kefu?.close();
});

describe("agent actions and admin pages", () => {
  it("a shopper's return waits for approval and asks for a human", async () => {
    shop = await browser.context.newPage();
    await shop.goto(`${kefu.url}/demo.html?lang=en`);
    await shop.getByRole("button", { name: "Open customer service chat" }).click();
    const chat = widget(shop);
    await confirmEmmasReturn(chat);
    await chat.getByText(/^I've submitted your request for review: Return from order #W0010005/).waitFor();
    // A shipped order comes back as a card with its items, status and tracking timeline.
    await say(chat, "Where is my order #W0010004?");
    const card = chat.getByRole("article", { name: /#W0010004/ });
    await card.locator(".kw-timeline li").first().waitFor();
    await card.getByText("Smart Watch").waitFor();
    await card.scrollIntoViewIfNeeded();
    await snap(shop, "12-widget-order-card");
    await say(chat, "I want to talk to a human");
    await chat.getByText("Connecting you to an agent").waitFor();
  });

  it("the agent writes a note, sends a canned reply, approves the return and cancels an order after confirming", async () => {
    staff = await browser.context.newPage();
    await staff.goto(`${kefu.url}/console`);
    await submitSignIn(staff, "agent@kefu.local", "kefu-agent");
    await staff.getByTestId("queue-item").filter({ hasText: "Emma Wilson" }).first().click();
    await staff.getByTestId("take-over").click();
    await staff.getByText("Assigned to you").waitFor();
    conversationUrl = staff.url();

    // An internal note stays in the console; the shopper never sees it.
    await staff.getByRole("button", { name: "Internal note", exact: true }).click();
    await staff.getByTestId("composer-input").fill("Keyboard box was opened; approve anyway.");
    await staff.getByTestId("composer-send").click();
    await staff.getByTestId("transcript").getByText("Keyboard box was opened; approve anyway.").waitFor();

    // A canned reply fills the composer with the customer's and the agent's names.
    await staff.getByRole("button", { name: "Reply", exact: true }).click();
    await staff.getByRole("button", { name: /Canned replies/ }).click();
    await staff.getByRole("option", { name: /^Greeting/ }).click();
    await expect.poll(() => staff.getByTestId("composer-input").inputValue()).toContain("Demo Agent");
    await staff.getByTestId("composer-send").click();
    const chat = widget(shop);
    await chat.getByText("Hi Emma Wilson, this is Demo Agent from customer service.").waitFor();
    expect(await chat.getByText("Keyboard box was opened").count()).toBe(0);

    // Approve the bot's return request, behind a confirmation.
    await order(staff, "#W0010005")
      .getByRole("button", { name: /#W0010005/ })
      .click();
    const request = staff.getByTestId("after-sales-request").filter({ hasText: "Return" });
    await request.filter({ hasText: "Waiting" }).waitFor();
    await expect.poll(() => request.textContent()).toMatch(/Refund \$151\.98/);
    await request.getByRole("button", { name: "Approve" }).click();
    const dialog = staff.getByRole("alertdialog");
    await dialog.getByText("Approve the Return request on order #W0010005?").waitFor();
    await snap(staff, "13-console-approve-confirm");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await request.filter({ hasText: /Approved|Completed/ }).waitFor();

    // Cancel a pending order through the policy engine, behind a confirmation.
    const pending = order(staff, "#W0010001");
    await pending.getByRole("button", { name: /#W0010001/ }).click();
    await pending.getByRole("button", { name: "Check actions" }).click();
    await pending.getByText("Allowed").first().waitFor();
    await pending.getByRole("button", { name: "Cancel order" }).click();
    await dialog.getByText("Cancel order #W0010001?").waitFor();
    await snap(staff, "14-console-cancel-confirm");
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await pending.getByText("Done: Cancel order for #W0010001").waitFor();
    await pending.locator(".con-order-head").getByText("Cancelled").waitFor();
    await snap(staff, "15-console-actions-done");

    await staff.getByTestId("resolve").click();
    await staff.getByRole("button", { name: "Reopen" }).click();
    await staff.getByTestId("resolve").waitFor();
  }, 60_000);

  it("every admin page works against the real API", async () => {
    await staff.getByRole("button", { name: "Sign out" }).click();
    await submitSignIn(staff, "admin@kefu.local", "kefu-admin");
    await staff.getByRole("link", { name: "Admin" }).click();
    await staff.getByTestId("admin-dashboard").waitFor();
    // The agent's conversation shows up in the per-agent figures and the handoff reasons.
    await staff.getByTestId("agent-table").getByText("Demo Agent").waitFor();
    await staff.locator(".adm-chart canvas").first().waitFor();
    await snap(staff, "16-admin-dashboard-full", { fullPage: true });

    const kb = await adminPage(staff, "Knowledge base", "admin-kb");
    await staff.getByTestId("kb-new").click();
    await kb.locator('input[name="title"]').fill("Gift wrapping");
    await kb.locator('input[name="tags"]').fill("gift, wrapping");
    await kb.locator('textarea[name="body"]').fill("# Gift wrapping\n\nWe wrap any order for **$3**.");
    await staff.getByTestId("kb-save").click();
    await staff.getByTestId("kb-list").getByText("Gift wrapping").waitFor();
    await snap(staff, "17-admin-kb");

    await adminPage(staff, "Policy", "admin-policy");
    await staff.getByRole("button", { name: "Edit as JSON" }).click();
    const json = staff.locator(".adm-page textarea").first();
    await json.fill((await json.inputValue()).replace(/"returnWindowDays": \d+/, '"returnWindowDays": -3'));
    await staff.getByRole("button", { name: "Save" }).click();
    await staff.getByTestId("policy-errors").getByText("returnWindowDays").waitFor();
    await snap(staff, "18-admin-policy-invalid");

    const users = await adminPage(staff, "Users & roles", "admin-users");
    await users.getByRole("button", { name: "+ Add user" }).click();
    await users.getByLabel("Name").fill("Lin Qiao");
    await users.getByLabel("Email").fill("lin.qiao@kefu.local");
    await users.getByLabel(/^Password/).fill("lin-password-1");
    await users
      .getByRole("button", { name: /^(Add user|Create)$/ })
      .last()
      .click();
    await staff.getByTestId("users-table").getByText("lin.qiao@kefu.local").waitFor();
    await snap(staff, "19-admin-users");

    const audit = await adminPage(staff, "Audit log", "admin-audit");
    await audit.getByLabel("Action").fill("after_sales.approve");
    await audit.getByRole("button", { name: "Filter" }).click();
    await staff.getByTestId("audit-table").getByText("after_sales.approve").first().waitFor();
    await snap(staff, "20-admin-audit");

    const models = await adminPage(staff, "Models", "admin-models");
    await models.getByTestId("model-version").filter({ hasText: "initial" }).getByText("Active").waitFor();
    await models.getByRole("button", { name: "Train new version" }).click();
    await staff
      .getByTestId("model-message")
      .getByText(/Version mdl_\w+ trained/)
      .waitFor();
    await expect.poll(() => models.getByTestId("model-version").count()).toBe(2);
    const confusion = staff.getByTestId("heldout-evaluation-confusion");
    await confusion.locator("tbody th").filter({ hasText: "Return" }).first().waitFor();
    // 20 intents: a 20 × 20 matrix whose cells add up to the held-out examples.
    expect(await confusion.locator("tbody tr").count()).toBe(20);
    await snap(staff, "21-admin-models-trained");

    await models.getByRole("button", { name: "Insert sample" }).click();
    await models.getByRole("button", { name: "Evaluate", exact: true }).click();
    await staff.getByTestId("custom-evaluation").waitFor();
    await models.getByText("Scored 8 examples").waitFor();

    const fresh = models.getByTestId("model-version").filter({ hasNotText: "initial" });
    await fresh.getByRole("button", { name: "Activate" }).click();
    await staff.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click();
    await fresh.getByText("Active").waitFor();
    await staff.getByTestId("model-message").getByText("the bot is using it now").waitFor();
    await snap(staff, "22-admin-models-activated");
  }, 60_000);

  it("the admin area and console switch to Chinese", async () => {
    await staff.getByRole("button", { name: "中文", exact: true }).click();
    await staff.locator(".adm-nav").getByRole("link", { name: "模型" }).waitFor();
    const models = staff.getByTestId("admin-models");
    await models.getByRole("button", { name: "训练新版本" }).waitFor();
    await snap(staff, "23-admin-models-zh");
    for (const [link, testId] of [
      ["服务质量", "admin-dashboard"],
      ["知识库", "admin-kb"],
      ["售后政策", "admin-policy"],
      ["用户与角色", "admin-users"],
      ["审计日志", "admin-audit"],
      ["模型", "admin-models"],
    ] as const) {
      const page = await adminPage(staff, link, testId);
      // Chrome of the page (titles, buttons, column heads, labels) is all Chinese; data may not be.
      const chrome = await page
        .locator("h1, h2, h3, .adm-page-sub, button:not(td button), th, label > span, .adm-kpi-label")
        .allInnerTexts();
      const english = chrome.filter((s) => /[A-Za-z]{3,}/.test(s) && !/[\u4e00-\u9fff]/.test(s));
      expect(
        english.filter((s) => !/^(mdl_|initial|EN$|JSON)/.test(s.trim())),
        link,
      ).toEqual([]);
    }
    await staff.goto(conversationUrl);
    await staff.getByTestId("handoff-summary").getByText("最后一条消息").waitFor();
    await order(staff, "#W0010001").getByText("已取消").waitFor();
    // An admin supervises: the second tab lists every conversation an agent holds.
    await staff.getByTestId("queue-tab-team").filter({ hasText: "团队" }).click();
    await staff.getByTestId("queue-item").filter({ hasText: "Emma Wilson" }).waitFor();
    const consoleChrome = await staff
      .locator(".shell-body")
      .locator("button, h2, h3, h4, dt, th, label, [role=tab]")
      .allInnerTexts();
    // The customer's name is data, not UI.
    const english = consoleChrome.filter(
      (x) => /[A-Za-z]{3,}/.test(x) && !/[\u4e00-\u9fff\d#_@]/.test(x) && x !== "Emma Wilson",
    );
    expect(english).toEqual([]);
    await snap(staff, "24-console-zh");
  });
});
