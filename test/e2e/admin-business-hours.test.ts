import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eBrowser, launchBrowser, snap } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { submitSignIn } from "./fixtures/staff.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { say, widget } from "./fixtures/widget.js";

// An admin edits the availability the widget uses on the Business hours page: an unknown time zone
// is refused in a sentence, a valid one is saved and the widget's offline notice shows the new hours.

let kefu: RunningKefu;
let browser: E2eBrowser;

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${kefu.url}/login`);
  await submitSignIn(page, "admin@kefu.local", "kefu-admin");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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

describe("admin business hours", () => {
  it("refuses an unknown time zone, saves valid hours and the widget shows them", async () => {
    const page = await browser.context.newPage();
    await signInAsAdmin(page);
    await page.goto(`${kefu.url}/admin`);
    await page.locator(".adm-nav").getByRole("link", { name: "Business hours" }).click();
    const root = page.getByTestId("admin-hours");
    await root.waitFor();

    await root.getByLabel("Time zone (IANA name)").fill("Mars/Olympus_Mons");
    await page.getByTestId("hours-save").click();
    await page
      .getByTestId("hours-errors")
      .getByText("“Mars/Olympus_Mons” is not a time zone Kefu knows. Use an IANA name such as Asia/Shanghai")
      .waitFor();
    await snap(page, "30-admin-hours-invalid");

    // The zone the server knows; the team is away now, Saturday opens 10:00–16:00, Monday closes.
    await root.getByLabel("Time zone (IANA name)").fill("Europe/Berlin");
    await root.getByLabel("Away now (ignore the hours)").check();
    await root.getByLabel("Open on Monday").uncheck();
    await root.getByLabel("Open on Saturday").check();
    await root.getByLabel("Saturday · Opens").fill("10:00");
    await root.getByLabel("Saturday · Closes").fill("16:00");
    await root.getByLabel("Expected first reply (minutes)").fill("30");
    await page.getByTestId("hours-save").click();
    await root.getByText("Saved").waitFor();
    expect(await page.getByTestId("hours-errors").count()).toBe(0);
    await page.reload();
    await expect.poll(() => root.getByLabel("Time zone (IANA name)").inputValue()).toBe("Europe/Berlin");

    const shop = await browser.context.newPage();
    await shop.goto(`${kefu.url}/demo.html?lang=en`);
    await shop.getByRole("button", { name: "Open customer service chat" }).click();
    const chat = widget(shop);
    await chat.getByText("I'm the shop's assistant").waitFor();
    await say(chat, "I want to talk to a human");
    const notice = chat.getByTestId("widget-offline");
    await notice.getByText("Our team is offline right now.").waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("Sat 10:00–16:00");
    expect(text).toContain("(Europe/Berlin)");
    expect(text).not.toContain("Mon 09:00");
    expect(text).toContain("Once we're open, an agent usually replies in about 30 min.");
    await shop.close();

    // Online: a shopper who asks for a human is told when to expect the reply.
    await root.getByLabel("Online now (ignore the hours)").check();
    await page.getByTestId("hours-save").click();
    await root.getByText("Saved").waitFor();
    const online = await browser.context.newPage();
    await online.goto(`${kefu.url}/demo.html?lang=en`);
    await online.evaluate(() => localStorage.removeItem("kefu.widget.session"));
    await online.reload();
    await online.getByRole("button", { name: "Open customer service chat" }).click();
    const chat2 = widget(online);
    await chat2.getByText("I'm the shop's assistant").waitFor();
    await say(chat2, "I want to talk to a human");
    await chat2.getByTestId("widget-expected-reply").getByText("An agent will reply in about 30 min.").waitFor();
    expect(await chat2.getByTestId("widget-offline").count()).toBe(0);
    await online.close();
    await page.close();
  }, 90_000);

  it("in Chinese the page and its refusal are Chinese, and an admin's bar fits a 390 px phone", async () => {
    const phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.context.newPage();
      await signInAsAdmin(page);
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.getByRole("button", { name: "中文", exact: true }).click();
      await page.goto(`${kefu.url}/admin/hours`);
      const root = page.getByTestId("admin-hours");
      await root.getByRole("heading", { name: "营业时间", level: 1 }).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await root.getByLabel("时区（IANA 名称）").fill("Asia/Nowhere");
      await page.getByTestId("hours-save").click();
      await page.getByTestId("hours-errors").getByText("无法识别时区“Asia/Nowhere”").waitFor();
      await page.goto(`${kefu.url}/console`);
      await page.locator(".con-queue-list").waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
    } finally {
      await phone.close();
    }
  }, 90_000);
});
