import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReviewsAnalyze } from "../../../src/drivers/cli/commands/reviews-analyze-command.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

describe("kefu reviews analyze FILE", () => {
  let dir: string;
  let db: string;
  let csv: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kefu-reviews-cli-"));
    db = join(dir, "kefu.sqlite");
    csv = join(dir, "reviews.csv");
    writeFileSync(
      csv,
      [
        "product_id,category,review,date,label",
        'mug,kitchen,"质量很好，物流很快，包装完好",2026-02-01,1',
        'mug,kitchen,"包装破损，客服态度很差，不会再买",2026-02-02,0',
        'shirt,clothing,"尺码偏小，面料一般，退货了",2026-02-03,0',
        'shirt,clothing,"Fits well and arrived fast, great value",2026-02-04,1',
      ].join("\n"),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a CSV into the store with sentiment and aspects, and re-importing updates in place", async () => {
    const lines: string[] = [];
    const analysed = await runReviewsAnalyze(csv, { lexicon: true, db, progress: false }, (l) => lines.push(l));
    expect(analysed).toHaveLength(4);
    const output = lines.join("\n");
    expect(output).toContain("scored with the");
    expect(output).toMatch(/against the file's labels \(4\): accuracy 1\.0000/);
    await runReviewsAnalyze(csv, { lexicon: true, db, progress: false }, () => {});

    const store = await createStore({ sqlitePath: db, logger: silentLogger });
    try {
      const stored = await store.reviews.all();
      expect(stored).toHaveLength(4);
      const broken = stored.find((r) => r.text.startsWith("包装破损"));
      expect(broken).toMatchObject({ productId: "mug", category: "kitchen", createdAt: "2026-02-02T00:00:00.000Z" });
      expect(broken?.aspects).toMatchObject({ packaging: -1, service: -1 });
      expect(stored.find((r) => r.productId === "shirt" && (r.sentiment ?? 1) < 0.5)?.aspects).toMatchObject({
        size: -1,
      });
    } finally {
      await store.close();
    }
  });

  it("rejects a row without text with a readable error", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ product_id: "mug" }]));
    await expect(
      runReviewsAnalyze(bad, { lexicon: true, store: false, progress: false }, () => {}),
    ).rejects.toMatchObject({
      code: "IMPORT_INVALID",
    });
  });
});
