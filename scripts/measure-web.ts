// `npm run measure:web`: page weights (bytes on the wire vs uncompressed) and first render times of
// the web app's pages in Debian's Chromium, cold cache, against a demo server; writes docs/web-performance.md.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import type { Page, Response } from "playwright-core";
import { launchBrowser } from "../test/e2e/fixtures/browser.js";
import { ensureWebBuild } from "../test/e2e/fixtures/ensure-web-build.js";
import { signInAsAdmin } from "../test/e2e/fixtures/page-tour.js";
import { startKefu } from "../test/e2e/fixtures/start-kefu.js";

interface Weight {
  requests: number;
  /** Response bodies as sent (compressed when the server compressed them). */
  wire: number;
  /** The same bodies decoded. */
  decoded: number;
}

interface Row {
  page: string;
  weight: Weight;
  /** First contentful paint, or for the chat panel: click to input shown. */
  renderMs: number;
  note: string;
}

const RUNS = Number(process.env.MEASURE_RUNS ?? 3);

/** Counts every response (all frames) from now until `stop()`. */
function countResponses(page: Page): { stop(): Promise<Weight> } {
  const pending: Promise<[number, number]>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async (): Promise<[number, number]> => {
        const sizes = await response.request().sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        return [sizes.responseBodySize, body.length];
      })().catch(() => [0, 0]),
    );
  };
  page.context().on("response", onResponse);
  return {
    async stop() {
      page.context().off("response", onResponse);
      const all = await Promise.all(pending);
      return {
        requests: all.length,
        wire: all.reduce((s, [w]) => s + w, 0),
        decoded: all.reduce((s, [, d]) => s + d, 0),
      };
    },
  };
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = performance.getEntriesByName("first-contentful-paint")[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName("first-contentful-paint")[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: "paint", buffered: true });
      }),
  );
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** What the server answers for the HTML page, a hashed script and the widget loader (headers only). */
async function deliveryHeaders(baseUrl: string): Promise<string[]> {
  const html = await fetch(`${baseUrl}/`, { headers: { "accept-encoding": "br, gzip" } });
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())?.[1];
  const lines: string[] = [];
  const describe = async (label: string, path: string) => {
    // Node's fetch decodes bodies but keeps the headers as sent.
    const res = await fetch(`${baseUrl}${path}`, { headers: { "accept-encoding": "br, gzip" } });
    await res.arrayBuffer();
    lines.push(
      `| ${label} | \`${path}\` | ${res.headers.get("content-encoding") ?? "none"} | \`${res.headers.get("cache-control") ?? "—"}\` |`,
    );
  };
  await describe("HTML", "/");
  await describe("HTML (app route)", "/admin");
  if (script) await describe("hashed script", script);
  await describe("widget loader", "/widget.js");
  return lines;
}

async function main(): Promise<void> {
  ensureWebBuild();
  const kefu = await startKefu();
  const rows: Row[] = [];
  let headers: string[] = [];
  try {
    headers = await deliveryHeaders(kefu.url);
    console.log(headers.join("\n"));
    const measure = async (
      name: string,
      note: string,
      run: (page: Page) => Promise<{ weight: Weight; renderMs: number }>,
      signedIn = false,
    ) => {
      const results: { weight: Weight; renderMs: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        // A fresh profile each run: nothing cached.
        const browser = await launchBrowser();
        try {
          const page = await browser.context.newPage();
          if (signedIn) {
            await signInAsAdmin(page, kefu.url);
            // Only the token survives: the HTTP cache is cleared so the page loads cold.
            const cdp = await browser.context.newCDPSession(page);
            await cdp.send("Network.clearBrowserCache");
          }
          results.push(await run(page));
        } finally {
          await browser.close();
        }
      }
      const last = results.at(-1);
      if (!last) return;
      rows.push({ page: name, weight: last.weight, renderMs: median(results.map((r) => r.renderMs)), note });
      console.log(
        `${name}: ${last.weight.wire} B on the wire, ${last.weight.decoded} B decoded, ${median(results.map((r) => r.renderMs)).toFixed(0)} ms`,
      );
    };

    const load = async (page: Page, url: string, ready: (page: Page) => Promise<void>) => {
      const counter = countResponses(page);
      await page.goto(url, { waitUntil: "load" });
      await ready(page);
      await page.waitForLoadState("networkidle");
      const renderMs = await firstContentfulPaint(page);
      return { weight: await counter.stop(), renderMs };
    };

    await measure("Login", "first contentful paint", (page) =>
      load(page, `${kefu.url}/login`, (p) => p.locator("input[type=password]").waitFor()),
    );
    await measure("Shop page, widget closed", "first contentful paint; the launcher only", (page) =>
      load(page, `${kefu.url}/demo.html?lang=en`, (p) => p.locator("#kefu-widget-host button").first().waitFor()),
    );
    await measure("Widget opened (chat panel)", "bytes after the click; click to input shown", async (page) => {
      await page.goto(`${kefu.url}/demo.html?lang=en`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      const counter = countResponses(page);
      const started = Date.now();
      await page.locator("#kefu-widget-host button").first().click();
      await page.frameLocator("#kefu-widget-host iframe").getByTestId("widget-input").waitFor();
      const renderMs = Date.now() - started;
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      return { weight: await counter.stop(), renderMs };
    });
    await measure(
      "Agent console",
      "first contentful paint, signed in",
      (page) => load(page, `${kefu.url}/console`, (p) => p.locator(".con-queue-list").waitFor()),
      true,
    );
    await measure(
      "Admin dashboard",
      "first contentful paint, signed in",
      (page) => load(page, `${kefu.url}/admin`, (p) => p.getByTestId("admin-dashboard").waitFor()),
      true,
    );
  } finally {
    await kefu.close();
  }
  writeFileSync("docs/web-performance.md", report(rows, headers));
  // Aligns the tables the way the repository's formatter (and CI lint) wants them.
  execFileSync("npx", ["biome", "format", "--write", "docs/web-performance.md"], { stdio: "ignore" });
  console.log("wrote docs/web-performance.md");
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function report(rows: Row[], headers: string[]): string {
  const lines = rows.map(
    (r) =>
      `| ${r.page} | ${r.weight.requests} | ${kb(r.weight.wire)} | ${kb(r.weight.decoded)} | ${
        r.weight.decoded ? `${((1 - r.weight.wire / r.weight.decoded) * 100).toFixed(0)}%` : "—"
      } | ${r.renderMs.toFixed(0)} ms | ${r.note} |`,
  );
  return `# Web performance

Measured by \`npm run measure:web\` (scripts/measure-web.ts): Debian's Chromium, headless, a fresh profile
per run (cold HTTP cache), against \`kefu serve --demo\` on the same machine (no network latency), median of
${RUNS} runs for the times. "On the wire" counts response bodies as sent (Brotli or gzip when the server
compressed them); "uncompressed" is the same bodies decoded. Every response of the page counts, API calls
and the chat iframe included.

| page | requests | on the wire | uncompressed | saved | first render | what the time is |
| ---- | -------: | ----------: | -----------: | ----: | -----------: | ---------------- |
${lines.join("\n")}

How the assets are delivered (src/drivers/http/web-static.ts, scripts/precompress-web.mjs), as measured
with \`Accept-Encoding: br, gzip\`:

| response | path | content-encoding | cache-control |
| -------- | ---- | ---------------- | ------------- |
${headers.join("\n")}

- API responses (JSON) are not compressed by Kefu, which is why the signed-in pages, which load their data
  over the API, save less than the static ones.
- \`npm run build:web\` writes \`.br\` and \`.gz\` beside every text asset over 1 KB; the server picks one by
  \`Accept-Encoding\` (Brotli first), so nothing is compressed per request.
- Content-hashed files under \`/assets/\` are sent with \`Cache-Control: public, max-age=31536000, immutable\`:
  a second visit loads none of them. HTML and the unhashed \`widget.js\` loader get \`no-cache\` (revalidated
  by ETag), so a new release is picked up at once.

Measured on ${new Date().toISOString().slice(0, 10)} on the development machine (2 shared cores); the
figures are for comparison between versions, not a promise about production hardware.
`;
}

await main();
