import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eBrowser, launchBrowser } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { signInAsAdmin } from "./fixtures/page-tour.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";

// The admin's reports in a real browser: KPI changes against the previous period, a CSV download,
// and the review analysis started from the insights page.

let kefu: RunningKefu;
let browser: E2eBrowser;
let page: Page;

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await signInAsAdmin(page, kefu.url);
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await kefu?.close();
});

describe("admin reports", () => {
  it("shows each KPI's change against the previous period and downloads a table as CSV", async () => {
    await page.goto(`${kefu.url}/admin`);
    const tile = page.getByTestId("kpi-conversations");
    await tile.locator(".adm-kpi-delta").waitFor();
    expect(await tile.locator(".adm-kpi-delta").textContent()).toMatch(/vs previous period|nothing to compare/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-summary").click()]);
    expect(download.suggestedFilename()).toMatch(/^kefu-summary-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("metric,value\r\n");
  });

  it("says how many reviews are not analysed and analyses them on request", async () => {
    await page.goto(`${kefu.url}/admin/insights`);
    await page.getByTestId("kpi-reviews").waitFor();
    const notice = page.getByTestId("review-analysis-notice");
    if (await notice.isVisible()) {
      expect(await notice.textContent()).toMatch(/not analysed yet/);
      await page.getByTestId("analyze-reviews").click();
      await notice.getByText(/^Analysed \d+ reviews?\.$/).waitFor({ timeout: 120_000 });
    }
    const hint = await page.getByTestId("kpi-reviews").locator(".adm-kpi-hint").textContent();
    const [done, total] = (hint ?? "").match(/\d+/g)?.map(Number) ?? [];
    expect(done).toBe(total);
  }, 150_000);
});
