import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type E2eBrowser, launchBrowser } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { type SignInLabels, submitSignIn } from "./fixtures/staff.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";

// Two staff members at once in separate browsers (collision), a phone-size console and a Chinese-only console.

let kefu: RunningKefu;
const browsers: E2eBrowser[] = [];
let conversationId = "";

async function browser(options: Parameters<typeof launchBrowser>[0] = {}): Promise<E2eBrowser> {
  const b = await launchBrowser(options);
  browsers.push(b);
  return b;
}

/** Signs in on the console, then opens a conversation (sign-in lands on the queue). */
async function openConsole(page: Page, email: string, password: string, id?: string, labels?: SignInLabels) {
  await page.goto(`${kefu.url}/console`);
  await submitSignIn(page, email, password, labels);
  await page.getByTestId("queue-tab-waiting").waitFor();
  if (id) await page.goto(`${kefu.url}/console/c/${id}`);
}

/** A shopper asks for a human through the widget API, so the conversation waits in the queue. */
async function shopperAsksForHuman(text: string): Promise<string> {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${kefu.url}/api/v1${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const opened = z
    .object({ token: z.string(), conversation: z.object({ id: z.string() }) })
    .parse(await (await post("/widget/conversations", {})).json());
  const id = opened.conversation.id;
  const sent = await post(`/widget/conversations/${id}/messages`, { text, clientMessageId: "e2e-1" }, opened.token);
  expect(sent.status).toBe(201);
  return id;
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
}, 360_000);

afterAll(async () => {
  for (const b of browsers) await b.close();
  await kefu?.close();
});

describe("console collaboration", () => {
  it("two staff at once: each sees the other, the holder is named, and replying over them needs a takeover", async () => {
    conversationId = await shopperAsksForHuman("I want to talk to a human please");
    const agent = await (await browser()).context.newPage();
    const admin = await (await browser()).context.newPage();
    await openConsole(agent, "agent@kefu.local", "kefu-agent", conversationId);
    await openConsole(admin, "admin@kefu.local", "kefu-admin", conversationId);
    await agent.getByTestId("transcript").waitFor();
    await admin.getByTestId("transcript").waitFor();

    // Presence: each sees the other viewing; typing shows up live.
    await agent.getByTestId("presence").getByText(/admin/i).waitFor();
    await admin.getByTestId("presence").getByText(/agent/i).waitFor();
    await agent.getByTestId("composer-input").fill("Let me check");
    await admin.getByTestId("presence").getByText("typing…").waitFor();

    await agent.getByTestId("take-over").click();
    await admin
      .getByTestId("holder")
      .getByText(/is handling this chat/)
      .waitFor();
    await expect(admin.getByTestId("take-over").textContent()).resolves.toMatch(/^Take over from /);

    // The admin replies anyway: the server refuses (409), the console asks, the admin confirms the takeover.
    await admin.getByTestId("composer-input").fill("I'll take this one, sorry");
    await admin.getByTestId("composer-send").click();
    const dialog = admin.getByRole("alertdialog");
    await dialog.getByText(/is handling this chat\. Take it over/).waitFor();
    await dialog.getByRole("button", { name: "Take over" }).click();
    await admin.getByTestId("transcript").getByText("I'll take this one, sorry").waitFor();
    await agent.getByTestId("transcript").getByText("I'll take this one, sorry").waitFor();
    await agent
      .getByTestId("holder")
      .getByText(/is handling this chat/)
      .waitFor();

    // The admin's "Mine" tab lists it; transfer hands it back to the agent.
    await admin.getByTestId("queue-tab-mine").click();
    await admin.locator(`[data-conversation-id="${conversationId}"]`).waitFor();
    await admin.getByTestId("transfer").click();
    await admin.getByTestId("transfer-target").selectOption({ label: "Demo Agent" });
    await admin.getByRole("alertdialog").getByRole("button", { name: "Transfer" }).click();
    await agent
      .getByTestId("transcript")
      .getByText(/→ Demo Agent/)
      .waitFor();
    await agent.getByText("Assigned to you").waitFor();
  }, 120_000);

  it("a phone-size console (390 px) does not scroll sideways and opens the customer panel as a drawer", async () => {
    const phone = await (await browser({ viewport: { width: 390, height: 844 } })).context.newPage();
    await openConsole(phone, "agent@kefu.local", "kefu-agent");
    await noSidewaysScroll(phone);
    await phone.goto(`${kefu.url}/console/c/${conversationId}`);
    await phone.getByTestId("transcript").waitFor();
    await noSidewaysScroll(phone);
    // The shopper is not verified, so the panel is the short "identity not verified" one.
    const panel = phone.getByRole("complementary", { name: "Customer" });
    expect(await panel.isVisible()).toBe(false);
    await phone.getByTestId("customer-drawer-toggle").click();
    await panel.waitFor({ state: "visible" });
    await noSidewaysScroll(phone);
    await phone.getByTestId("customer-drawer-close").click();
    await panel.waitFor({ state: "hidden" });
    await phone.getByTestId("back-to-queue").click();
    await phone.getByTestId("queue-tab-waiting").waitFor();
  }, 60_000);

  it("a Chinese-only console: localised tabs on one line, collaboration controls in Chinese", async () => {
    const zhId = await shopperAsksForHuman("我要人工客服");
    const page = await (await browser({ locale: "zh-CN" })).context.newPage();
    await openConsole(page, "agent@kefu.local", "kefu-agent", zhId, {
      email: "邮箱",
      password: "密码",
      submit: "登录",
    });
    await page.getByTestId("transcript").waitFor();
    await page.getByTestId("queue-tab-waiting").getByText("待接入").waitFor();
    // Each tab label stays on one line (no one-character-per-line wrapping).
    for (const tab of await page.getByRole("tab").all()) {
      const box = await tab.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(48);
    }
    await page.getByRole("button", { name: "静音提醒" }).click();
    await page.getByRole("button", { name: "取消静音" }).waitFor();
    await page.getByTestId("take-over").click();
    await page.getByTestId("transfer").getByText("转接").waitFor();
    const chrome = await page.locator(".con-pane-head, .con-tabs, .con-alerts").allInnerTexts();
    // The visitor's title ends in the last 6 characters of the random conversation id, which may be all letters.
    const words = chrome.join(" ").replaceAll(zhId.slice(-6), "");
    const english = words.match(/\b[A-Za-z]{3,}\b/g) ?? [];
    expect(english).toEqual([]);
  }, 90_000);
});
