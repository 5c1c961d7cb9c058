// `npm run screenshots`: every page of the web app in English and Chinese at 1440 and 390 px, taken in
// Debian's Chromium against a fresh demo server, into docs/screenshots/ with an index (README.md there).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../test/e2e/fixtures/browser.js";
import { ensureWebBuild } from "../test/e2e/fixtures/ensure-web-build.js";
import { LOCALES, openInLocale, TOUR, WIDTHS } from "../test/e2e/fixtures/page-tour.js";
import { startKefu } from "../test/e2e/fixtures/start-kefu.js";

const OUT = "docs/screenshots";
// Pixel-stable captions: no blinking caret, no animations, no transitions.
const STILL = `*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }`;

async function main(): Promise<void> {
  ensureWebBuild();
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.endsWith(".png")) rmSync(join(OUT, file));
  const kefu = await startKefu();
  const taken: { stop: string; locale: string; width: number; file: string }[] = [];
  try {
    for (const locale of LOCALES) {
      const browser = await launchBrowser();
      try {
        await openInLocale(browser.context, locale);
        const page = await browser.context.newPage();
        for (const stop of TOUR) {
          for (const size of WIDTHS) {
            await page.setViewportSize({ width: size.width, height: size.height });
            await stop.open(page, kefu.url, locale);
            await page.addStyleTag({ content: STILL });
            // Charts draw on the next frames.
            await page.waitForTimeout(400);
            const file = `${stop.name}-${locale}-${size.width}.png`;
            await page.screenshot({ path: join(OUT, file) });
            taken.push({ stop: stop.name, locale, width: size.width, file });
            console.log(file);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await kefu.close();
  }
  writeFileSync(join(OUT, "README.md"), index(taken));
  // Aligns the index table the way the repository's formatter (and CI lint) wants it.
  execFileSync("npx", ["biome", "format", "--write", join(OUT, "README.md")], { stdio: "ignore" });
}

function index(taken: { stop: string; locale: string; width: number; file: string }[]): string {
  const stops = [...new Set(taken.map((t) => t.stop))];
  const cell = (stop: string, locale: string, width: number) => {
    const shot = taken.find((t) => t.stop === stop && t.locale === locale && t.width === width);
    return shot ? `[${width} px](${shot.file})` : "—";
  };
  const rows = stops.map(
    (stop) =>
      `| ${stop} | ${cell(stop, "en", 1440)} · ${cell(stop, "en", 390)} | ${cell(stop, "zh", 1440)} · ${cell(stop, "zh", 390)} |`,
  );
  return `# Screenshots

Every page of the web app in English and Chinese, at desktop (1440 × 900) and phone (390 × 844) width,
taken by \`npm run screenshots\` (scripts/screenshots.ts) in Debian's Chromium against a fresh
\`kefu serve --demo\` (the seeded demo shop, signed in as the demo admin). The viewport is captured, not the
whole scrolling page.

| page | English | 中文 |
| ---- | ------- | ---- |
${rows.join("\n")}
`;
}

await main();
