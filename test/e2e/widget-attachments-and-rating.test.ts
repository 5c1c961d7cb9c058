import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eBrowser, launchBrowser } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { submitSignIn } from "./fixtures/staff.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { say, widget } from "./fixtures/widget.js";

// The widget items of issue 12 in a real browser: a photo from shopper to agent, the over-long
// message's reason, a rating that can be skipped, and a bot-only chat that can be rated.

/** A valid 1×1 PNG, so the thumbnail really decodes. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

let kefu: RunningKefu;
let browser: E2eBrowser;

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
  browser = await launchBrowser();
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await kefu?.close();
});

/** A shop page with the chat open, as a new visitor. */
async function openWidget(lang: "en" | "zh" = "en"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${kefu.url}/demo.html?lang=${lang}`);
  await page.evaluate(() => localStorage.removeItem("kefu.widget.session"));
  await page.reload();
  await page.getByRole("button", { name: lang === "en" ? "Open customer service chat" : "打开在线客服" }).click();
  return page;
}

/** Whether an <img> has really loaded (decoded pixels, not a broken icon). */
async function decoded(page: Page | ReturnType<typeof widget>, selector: string): Promise<boolean> {
  const img = page.locator(selector).first();
  await img.waitFor();
  return img.evaluate((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0);
}

describe("widget attachments, limits and rating", () => {
  let shop: Page;
  let staff: Page;

  it("a shopper's photo reaches the agent's console as a thumbnail", async () => {
    shop = await openWidget();
    const chat = widget(shop);
    await chat.getByText("I'm the shop's assistant").waitFor();
    await chat
      .getByTestId("widget-file")
      .setInputFiles({ name: "damaged-box.png", mimeType: "image/png", buffer: PNG });
    await chat.locator('[data-author="customer"] [data-testid="attachment-thumbnail"]').waitFor();
    expect(await decoded(chat, '[data-testid="attachment-thumbnail"]')).toBe(true);

    await say(chat, "I want to talk to a human");
    await chat.getByText("Connecting you to an agent").waitFor();

    staff = await browser.context.newPage();
    await staff.goto(`${kefu.url}/console`);
    await submitSignIn(staff, "agent@kefu.local", "kefu-agent");
    await staff.getByTestId("queue-item").first().click();
    expect(await decoded(staff, '[data-author="customer"] [data-testid="attachment-thumbnail"]')).toBe(true);
    const alt = await staff.locator('[data-testid="attachment-thumbnail"]').first().getAttribute("alt");
    expect(alt).toBe("damaged-box.png");
  });

  it("a file that is not an image or PDF is refused with the reason", async () => {
    const chat = widget(shop);
    await chat
      .getByTestId("widget-file")
      .setInputFiles({ name: "invoice.png", mimeType: "image/png", buffer: Buffer.from("<html>not an image</html>") });
    await chat
      .getByTestId("widget-notice")
      .filter({ hasText: "Only photos (JPEG, PNG, WebP, GIF) and PDFs" })
      .waitFor();
  });

  it("the agent resolves; the shopper may skip the rating and start again", async () => {
    await staff.getByTestId("take-over").click();
    await staff.getByText("Assigned to you").waitFor();
    await staff.getByTestId("resolve").click();
    const chat = widget(shop);
    await chat.getByTestId("csat-star-5").waitFor();
    await chat.getByTestId("csat-skip").click();
    await chat.getByTestId("csat-star-5").waitFor({ state: "detached" });
    await chat.getByRole("button", { name: "Start a new conversation" }).waitFor();
  });

  it("a 5,000-character message is held back with the limit and a counter, not failed", async () => {
    const page = await openWidget();
    const chat = widget(page);
    await chat.getByText("I'm the shop's assistant").waitFor();
    const input = chat.getByTestId("widget-input");
    await input.fill("a".repeat(5000));
    const reason = chat.getByTestId("widget-length");
    await reason.filter({ hasText: "5000/4000 characters" }).waitFor();
    expect(await reason.textContent()).toContain("Messages can be up to 4000 characters: shorten it by 1000");
    expect(await chat.getByTestId("widget-send").isDisabled()).toBe(true);
    await input.press("Enter");
    expect(await input.inputValue()).toHaveLength(5000);
    expect(await chat.getByText("Not sent.").count()).toBe(0);
    // The input is 16px or more, so iOS Safari does not zoom into it.
    const size = await input.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    await input.fill("a".repeat(4000));
    expect(await chat.getByTestId("widget-send").isDisabled()).toBe(false);
    await page.close();
  });

  it("a chat only the bot answered can be rated", async () => {
    const page = await openWidget();
    const chat = widget(page);
    await chat.getByText("I'm the shop's assistant").waitFor();
    await say(chat, "What is your return policy?");
    await chat.getByTestId("widget-rate-chat").click();
    await chat.getByTestId("csat-star-4").click();
    await chat.getByTestId("csat-submit").click();
    await chat.getByText("Thank you for your feedback!").waitFor();
    await page.close();
  });
});
