import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eBrowser, launchBrowser } from "./fixtures/browser.js";
import { ensureWebBuild } from "./fixtures/ensure-web-build.js";
import { LOCALES, openInLocale, TOUR, WIDTHS } from "./fixtures/page-tour.js";
import { type RunningKefu, startKefu } from "./fixtures/start-kefu.js";

// axe-core on every page (login, console, each admin page, the widget closed and open), in English
// and Chinese, at desktop and phone width: no critical or serious violation is allowed.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let kefu: RunningKefu;
const browsers: E2eBrowser[] = [];

/** Critical and serious violations, one line each: rule, impact, first offending nodes. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

beforeAll(async () => {
  ensureWebBuild();
  kefu = await startKefu();
}, 360_000);

afterAll(async () => {
  for (const b of browsers) await b.close();
  await kefu?.close();
});

describe.each(LOCALES)("accessibility in %s", (locale) => {
  let page: Page;

  beforeAll(async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    await openInLocale(browser.context, locale);
    page = await browser.context.newPage();
  }, 60_000);

  for (const stop of TOUR) {
    it(`${stop.name} has no critical or serious axe violation at 1440 and 390 px`, async () => {
      const found: string[] = [];
      for (const size of WIDTHS) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await stop.open(page, kefu.url, locale);
        for (const v of await seriousViolations(page)) found.push(`[${size.width}px] ${v}`);
      }
      // Joined, so a failure prints every violation rather than a truncated array.
      expect(found.join("\n")).toBe("");
    }, 90_000);
  }
});
