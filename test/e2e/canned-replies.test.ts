import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DEMO_SHOPPERS } from "../../src/application/use-cases/shop-data/demo-shoppers.js";
import { type E2eBrowser, launchBrowser, snap } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { submitSignIn } from "./fixtures/staff.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { say, widget } from "./fixtures/widget.js";

// An admin writes a Chinese canned reply with a variable and a resolve macro; an agent whose console
// is in English answers a Chinese shopper with it: the list is Chinese, the name is filled, the chat ends resolved.

const LI_NA = DEMO_SHOPPERS.zh;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let kefu: RunningKefu;
let browser: E2eBrowser;
let shop: Page;
let staff: Page;

/** The shopper's current chat, as the widget (same origin) remembers it. */
async function shopperConversationId(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem("kefu.widget.session"));
  return z.object({ conversationId: z.string() }).parse(JSON.parse(stored ?? "{}")).conversationId;
}

/** The widget, on the same origin, saved its shopper's language (zh) as the UI language: the staff keep English. */
async function englishConsole(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem("kefu.locale", "en"));
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${kefu.url}/login`);
  await page.evaluate(() => localStorage.removeItem("kefu.staffToken"));
  await englishConsole(page);
  await page.goto(`${kefu.url}/login`);
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
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

describe("canned replies with variables and a macro", () => {
  it("an admin creates a Chinese reply with {customer_name} that resolves the chat; a typo'd variable is explained", async () => {
    staff = await browser.context.newPage();
    await signIn(staff, "admin@kefu.local", "kefu-admin");
    await staff.goto(`${kefu.url}/admin`);
    await staff.locator(".adm-nav").getByRole("link", { name: "Canned replies" }).click();
    const page = staff.getByTestId("admin-canned");
    await page.getByRole("heading", { name: "Canned replies", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Chinese" }).click();
    await page.getByTestId("canned-list").getByText("/hello").waitFor();
    await page.getByTestId("canned-new").click();

    const form = staff.getByTestId("canned-form");
    await form.getByLabel("Shortcut").fill("done");
    await form.getByLabel("Title").fill("处理完毕");
    await form.getByLabel("Reply text").fill("{customer}您好，您的问题已处理完毕，祝您购物愉快！");
    await form.getByLabel("Resolve the conversation").check();
    await form.getByTestId("canned-save").click();
    // Refused in words beside the field, before anything is stored.
    await form.getByText("{customer} is not a variable the console can fill").waitFor();
    expect(await form.getByLabel("Reply text").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Reply text").fill("");
    await form.getByRole("button", { name: "Insert {customer_name}" }).click();
    await form.getByLabel("Reply text").press("End");
    await form.getByLabel("Reply text").pressSequentially("您好，订单 {order_number} 的问题已处理完毕，祝您购物愉快！");
    await form.getByTestId("canned-save").click();
    await form.getByRole("heading", { name: "Edit reply" }).waitFor();
    await page.getByTestId("canned-list").getByText("/done").waitFor();
    await snap(staff, "30-admin-canned-replies");
  });

  it("a Chinese shopper verifies and asks for a human", async () => {
    shop = await browser.context.newPage();
    await shop.goto(`${kefu.url}/demo.html?lang=zh`);
    await shop.getByRole("button", { name: "打开在线客服" }).click();
    const chat = widget(shop);
    await say(chat, `我的订单 ${LI_NA.orderIds.shipped} 到哪了`);
    await say(chat, `${LI_NA.lastName}${LI_NA.firstName} ${LI_NA.zip} ${LI_NA.phone}`);
    await chat.getByRole("article", { name: new RegExp(LI_NA.orderIds.shipped) }).waitFor();
    await say(chat, "转人工");
    await chat.getByText("正在为您转接人工客服…").waitFor();
  });

  it("an agent with an English console inserts the Chinese reply with /, sees the name filled, sends, and the chat is resolved", async () => {
    await signIn(staff, "agent@kefu.local", "kefu-agent");
    const id = await shopperConversationId(staff);
    await staff.goto(`${kefu.url}/console/c/${id}`);
    const input = staff.getByTestId("composer-input");
    await input.fill("/do");
    const menu = staff.getByTestId("canned-menu");
    // The conversation's language, not the console's: the Chinese replies are listed.
    await menu.getByRole("listbox", { name: "Canned replies in Chinese" }).waitFor();
    await menu.getByRole("option", { name: /处理完毕/ }).waitFor();
    expect(await menu.getByRole("option", { name: /One moment/ }).count()).toBe(0);
    // The open picker (listbox driven from the reply box) passes axe's WCAG A/AA rules.
    const axe = await new AxeBuilder({ page: staff }).include("[data-testid=canned-menu]").withTags(WCAG).analyze();
    expect(axe.violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => v.id)).toEqual(
      [],
    );
    await input.press("ArrowDown");
    await input.press("ArrowUp");
    await input.press("Enter");
    await expect
      .poll(() => input.inputValue())
      .toBe(`李娜您好，订单 ${LI_NA.orderIds.shipped} 的问题已处理完毕，祝您购物愉快！`);
    await staff.getByTestId("canned-macro").getByText("resolve").waitFor();
    await snap(staff, "31-console-canned-reply");
    await staff.getByTestId("composer-send").click();

    await widget(shop).getByText(`李娜您好，订单 ${LI_NA.orderIds.shipped} 的问题已处理完毕`).waitFor();
    await staff.locator(".con-pane-sub").getByText("Resolved").waitFor();
    const token = await staff.evaluate(() => localStorage.getItem("kefu.staffToken"));
    const res = await fetch(`${kefu.url}/api/v1/conversations/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const detail = z
      .object({ conversation: z.object({ status: z.string(), locale: z.string() }) })
      .parse(await res.json());
    expect(detail.conversation).toEqual({ status: "resolved", locale: "zh" });
  });

  it("holds back a reply whose variable has no value until the agent replaces it", async () => {
    shop = await browser.context.newPage();
    await shop.goto(`${kefu.url}/demo.html?lang=zh`);
    await shop.evaluate(() => localStorage.removeItem("kefu.widget.session"));
    await shop.reload();
    await shop.getByRole("button", { name: "打开在线客服" }).click();
    await say(widget(shop), "转人工");
    await widget(shop).getByText("正在为您转接人工客服…").waitFor();
    // An anonymous chat: no customer, so no name and no order to fill in.
    await englishConsole(staff);
    await staff.goto(`${kefu.url}/console/c/${await shopperConversationId(staff)}`);
    const input = staff.getByTestId("composer-input");
    await input.fill("/tracking");
    await input.press("Enter");
    await expect.poll(() => input.inputValue()).toContain("{order_number}");
    await staff.getByTestId("canned-unfilled").getByText("{order_number}, {tracking_link}").waitFor();
    expect(await staff.getByTestId("composer-send").isDisabled()).toBe(true);
    await input.fill("订单 #W0020004 的物流信息可在这里查看：https://example.com/t/1");
    expect(await staff.getByTestId("composer-send").isDisabled()).toBe(false);

    // On a phone the list stays on screen.
    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.getByTestId("canned-open").click();
    await staff.getByTestId("canned-filter").fill("wait");
    const box = await staff.getByTestId("canned-menu").boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
