import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type E2eBrowser, launchBrowser } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";
import { say, widget } from "./fixtures/widget.js";

// No agent online: the widget shows the opening hours and takes an email for the reply; and a
// shopper who only reads Chinese gets the whole session in Chinese.

let kefu: RunningKefu;
let browser: E2eBrowser;
let admin: { authorization: string };

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${kefu.url}/api/v1${path}`, {
    method,
    headers: { ...admin, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
  browser = await launchBrowser();
  const login = await fetch(`${kefu.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@kefu.local", password: "kefu-admin" }),
  });
  admin = { authorization: `Bearer ${z.object({ token: z.string() }).parse(await login.json()).token}` };
  // The team is away; Monday to Friday 09:00–18:00 Shanghai time.
  const put = await call("PUT", "/settings/availability", {
    timezone: "Asia/Shanghai",
    hours: [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "18:00" })),
    mode: "away",
    expectedReplyMinutes: 240,
    emailFallback: true,
  });
  expect(put.status).toBe(200);
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await kefu?.close();
});

async function openWidget(lang: "en" | "zh"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${kefu.url}/demo.html?lang=${lang}`);
  await page.evaluate(() => localStorage.removeItem("kefu.widget.session"));
  await page.reload();
  await page.getByRole("button", { name: lang === "en" ? "Open customer service chat" : "打开在线客服" }).click();
  return page;
}

describe("widget when nobody is online", () => {
  it("shows the offline notice with opening hours and takes an email the agents see", async () => {
    const page = await openWidget("en");
    const chat = widget(page);
    await chat.getByText("I'm the shop's assistant").waitFor();
    await say(chat, "I want to talk to a human");
    const notice = chat.getByTestId("widget-offline");
    await notice.getByText("Our team is offline right now.").waitFor();
    expect(await notice.textContent()).toContain("Opening hours: Mon 09:00–18:00, Tue 09:00–18:00");
    expect(await notice.textContent()).toContain("(Asia/Shanghai)");
    await chat.getByTestId("widget-offline-email").fill("shopper@example.com");
    await chat.getByTestId("widget-offline-submit").click();
    await chat.getByTestId("widget-offline-sent").filter({ hasText: "we'll reply to shopper@example.com" }).waitFor();

    const list = z
      .object({ items: z.array(z.object({ id: z.string(), status: z.string() })) })
      .parse(await (await call("GET", "/conversations?status=waiting_agent")).json());
    const notes = await Promise.all(
      list.items.map(async (c) =>
        z
          .object({ messages: z.array(z.object({ author: z.string(), text: z.string() })) })
          .parse(await (await call("GET", `/conversations/${c.id}`)).json())
          .messages.filter((m) => m.author === "note"),
      ),
    );
    expect(notes.flat().map((n) => n.text)).toContain("Shopper asked for a reply by email to shopper@example.com");
    await page.close();
  });

  it("a Chinese-only shopper gets the session, the notice and the hours in Chinese", async () => {
    const page = await openWidget("zh");
    const chat = widget(page);
    await chat.getByRole("button", { name: "查询物流" }).waitFor();
    expect(await chat.getByTestId("widget-input").getAttribute("placeholder")).toBe("请输入消息…");
    await say(chat, "转人工");
    const notice = chat.getByTestId("widget-offline");
    await notice.getByText("客服当前不在线。").waitFor();
    expect(await notice.textContent()).toContain("服务时间：周一 09:00–18:00");
    // Nothing English leaks into the bot's turns of this session.
    const botText = await chat.locator('[data-author="bot"]').allTextContents();
    expect(botText.length).toBeGreaterThan(0);
    for (const line of botText) expect(line).toMatch(/[\u4e00-\u9fff]/);
    await page.close();
  });

  it("a Chinese shopper reads the catalogue's Chinese product names and amounts in the shop's currency", async () => {
    const page = await openWidget("zh");
    const chat = widget(page);
    await chat.getByRole("button", { name: "查询物流" }).waitFor();
    await say(chat, "我是Emma Wilson，邮编94107，邮箱emma.wilson@example.com");
    // A Western name keeps its order in a Chinese chat.
    await chat.getByText("谢谢Emma Wilson，身份已核实。").waitFor();
    await say(chat, "订单#W0010004到哪了");
    const card = chat.getByRole("article", { name: /#W0010004/ });
    await card.getByText("智能手表").waitFor();
    // The bot's own text names the item as the card does, and money is US dollars written for zh.
    await chat.getByText(/订单商品：智能手表/).waitFor();
    expect(await chat.getByText(/Smart Watch/).count()).toBe(0);
    expect(await card.textContent()).toContain("US$179.99");
    await page.close();
  });
});
