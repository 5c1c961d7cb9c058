import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type E2eBrowser, launchBrowser, snap } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { say, widget } from "./fixtures/widget.js";

// One shopper → bot → human → admin journey through the real server, widget, console and dashboard.

let kefu: RunningKefu;
let browser: E2eBrowser;
let shop: Page;
let staff: Page;

async function serviceConversations(): Promise<number> {
  const login = await fetch(`${kefu.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@kefu.local", password: "kefu-admin" }),
  });
  const { token } = z.object({ token: z.string() }).parse(await login.json());
  const res = await fetch(`${kefu.url}/api/v1/metrics/service`, { headers: { authorization: `Bearer ${token}` } });
  return z.object({ conversations: z.number() }).parse(await res.json()).conversations;
}

/** Waits until the locator shows the text (the UI updates asynchronously). */
async function showsText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
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

describe("after-sales journey", () => {
  let conversationsBefore = 0;

  it("a shopper verifies, starts a return in the widget and asks for a human", async () => {
    conversationsBefore = await serviceConversations();
    shop = await browser.context.newPage();
    await shop.goto(`${kefu.url}/demo.html?lang=en`);
    await showsText(shop.locator("h1").first(), "Everyday goods");
    await snap(shop, "01-demo-shop");

    const launcher = shop.getByRole("button", { name: "Open customer service chat" });
    await launcher.click();
    const chat = widget(shop);
    await chat.getByText("I'm the shop's assistant").waitFor();
    await snap(shop, "02-widget-greeting");

    await chat.getByRole("button", { name: "Return an item" }).click();
    await chat.getByText("please verify your identity").waitFor();
    await say(chat, "Emma Wilson, 94107, emma.wilson@example.com");
    await chat.getByText("you're verified").waitFor();
    await chat.getByRole("button", { name: /^#W0010005/ }).click();
    await chat.getByRole("button", { name: "All items" }).click();
    // The refund destination is asked only when the policy allows more than one.
    const refundTo = chat.getByRole("button", { name: /credit card ending 4242/ });
    await refundTo.or(chat.getByText("Shall I go ahead?")).first().waitFor();
    if (await refundTo.isVisible()) await refundTo.click();
    await chat.getByText("Shall I go ahead?").waitFor();
    await chat.getByRole("button", { name: "Yes", exact: true }).click();
    await chat.getByText(/^I've submitted your request for review: Return from order #W0010005/).waitFor();
    await snap(shop, "03-widget-return-done");

    await say(chat, "I want to talk to a human");
    await chat.getByText("connecting you with a colleague").waitFor();
    await chat.getByText("Connecting you to an agent").waitFor();
    await snap(shop, "04-widget-handoff");
  });

  it("the widget resumes the same conversation after a reload", async () => {
    await shop.reload();
    await shop.getByRole("button", { name: "Open customer service chat" }).click();
    const chat = widget(shop);
    await chat.getByText(/^I've submitted your request for review: Return from order #W0010005/).waitFor();
    await chat.getByText("connecting you with a colleague").waitFor();
  });

  it("an agent takes over in the console, replies and resolves; the shopper rates it", async () => {
    staff = await browser.context.newPage();
    await staff.goto(`${kefu.url}/console`);
    await staff.getByLabel("Email").fill("agent@kefu.local");
    await staff.getByLabel("Password").fill("kefu-agent");
    await snap(staff, "05-login");
    await staff.getByRole("button", { name: "Sign in" }).click();

    const item = staff.getByTestId("queue-item").filter({ hasText: "Emma Wilson" });
    await item.first().click();
    await showsText(staff.getByTestId("handoff-summary"), "Customer asked for a human");
    await showsText(staff.getByTestId("customer-panel"), "emma.wilson@example.com");
    await showsText(staff.getByTestId("customer-order").filter({ hasText: "#W0010005" }), "Return requested");
    // The bot's reasoning for a turn is one click away.
    await staff.getByRole("button", { name: "Why?" }).last().click();
    await showsText(staff.locator(".con-why").last(), "Intent");
    await snap(staff, "06-console-handoff");

    await staff.getByTestId("take-over").click();
    await staff.getByText("Assigned to you").waitFor();
    await staff.getByTestId("composer-input").fill("Hi Emma, I'm Demo Agent. Your return for #W0010005 is confirmed.");
    await staff.getByTestId("composer-send").click();

    const chat = widget(shop);
    await chat.getByText("Hi Emma, I'm Demo Agent.").waitFor();
    await chat.getByText("An agent is chatting with you").waitFor();
    await snap(shop, "07-widget-agent-reply");

    await staff.getByTestId("resolve").click();
    await staff.getByRole("button", { name: "Reopen" }).waitFor();
    await snap(staff, "08-console-resolved");

    await chat.getByTestId("csat-star-5").click();
    await chat.getByTestId("csat-submit").click();
    await chat.getByText("Thank you for your feedback!").waitFor();
    await snap(shop, "09-widget-csat");
  });

  it("the admin dashboard counts the conversation", async () => {
    await staff.getByRole("button", { name: "Sign out" }).click();
    await staff.getByLabel("Email").fill("admin@kefu.local");
    await staff.getByLabel("Password").fill("kefu-admin");
    await staff.getByRole("button", { name: "Sign in" }).click();
    await staff.getByRole("link", { name: "Admin" }).click();
    const tile = staff.getByTestId("kpi-conversations");
    await staff.getByTestId("admin-dashboard").waitFor();
    await snap(staff, "10-admin-dashboard");
    await showsText(tile, String(conversationsBefore + 1));
    expect(await serviceConversations()).toBe(conversationsBefore + 1);
  });

  it("the widget fits a phone screen and speaks Chinese", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${kefu.url}/demo.html?lang=zh`);
    // A new visitor: forget the first shopper's chat (same browser profile).
    await phone.evaluate(() => localStorage.removeItem("kefu.widget.session"));
    await phone.getByRole("button", { name: "打开在线客服" }).click();
    const chat = widget(phone);
    await chat.getByRole("button", { name: "查询物流" }).waitFor();
    const box = await phone.locator("#kefu-widget-host iframe").boundingBox();
    expect(box?.width).toBe(390);
    await snap(phone, "11-widget-phone-zh");
    await phone.close();
  });
});
