import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelRoutes } from "../../../src/drivers/http/routes/model-routes.js";
import { JiebaSegmenter } from "../../../src/infrastructure/nlu/jieba-segmenter.js";
import { loadOrTrain } from "../../../src/infrastructure/nlu/load-default-nlu.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

// Small labelled sets written for this test: two sentiment labels, English and Chinese.
const POSITIVE = [
  "great service",
  "love it",
  "很好用",
  "非常满意",
  "fast delivery, thanks",
  "质量不错",
  "works perfectly",
];
const NEGATIVE = [
  "terrible quality",
  "broken on arrival",
  "太差了",
  "很失望",
  "never buying again",
  "质量很差",
  "too slow",
];
const examples = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    { text: `${POSITIVE[i % POSITIVE.length]} ${i}`, label: "positive" },
    { text: `${NEGATIVE[i % NEGATIVE.length]} ${i}`, label: "negative" },
  ]).flat();

describe("model routes", () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), "kefu-models-"));
  let admin: { authorization: string };
  const url = "/api/v1/models";

  beforeAll(async () => {
    // The server trains the active model at first start; do the same on the temp data dir.
    await loadOrTrain(dataDir, "sentiment", new JiebaSegmenter());
    t = await createTestApp({
      extraRoutes: (store) => [
        modelRoutes({ dataDir, segmenter: new JiebaSegmenter(), clock: systemClock, ids: randomIds, store }),
      ],
    });
    admin = await t.login(ADMIN);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is admin-only", async () => {
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    const agent = await t.login(AGENT);
    expect((await t.app.inject({ method: "GET", url, headers: agent })).statusCode).toBe(403);
  });

  it("lists the model the server started with as the active 'initial' version", async () => {
    const res = await t.app.inject({ method: "GET", url, headers: admin });
    expect(res.statusCode).toBe(200);
    const sentiment = res.json().models.find((m: { task: string }) => m.task === "sentiment");
    expect(sentiment.activeVersion).toBe("initial");
    expect(sentiment.versions).toHaveLength(1);
    expect(sentiment.versions[0].meta.source).toBe("resources/nlu/sentiment.jsonl");
    const intent = res.json().models.find((m: { task: string }) => m.task === "intent");
    expect(intent.versions).toEqual([]);
  });

  it("trains a version with a held-out confusion matrix, evaluates it, and activates it", async () => {
    const trained = await t.app.inject({
      method: "POST",
      url: `${url}/sentiment/train`,
      headers: admin,
      payload: { examples: examples(40) },
    });
    expect(trained.statusCode).toBe(201);
    const version = trained.json();
    expect(version.active).toBe(false);
    expect(version.meta.labels).toEqual(["negative", "positive"]);
    expect(version.evaluation.split).toBe("held-out");
    expect(version.evaluation.confusion).toHaveLength(2);
    const cells = version.evaluation.confusion.flat().reduce((a: number, b: number) => a + b, 0);
    expect(cells).toBe(version.evaluation.total);

    const evaluated = await t.app.inject({
      method: "POST",
      url: `${url}/sentiment/versions/${version.id}/evaluate`,
      headers: admin,
      payload: {
        examples: [
          { text: "love it, great service", label: "positive" },
          { text: "太差了 broken", label: "negative" },
          { text: "hello", label: "neutral" },
        ],
      },
    });
    expect(evaluated.statusCode).toBe(200);
    const report = evaluated.json();
    expect(report.total).toBe(3);
    // A gold label the model never saw is added as a row and always counts as an error.
    expect(report.labels).toEqual(["negative", "positive", "neutral"]);
    expect(report.accuracy).toBeLessThanOrEqual(2 / 3);

    const bad = await t.app.inject({
      method: "POST",
      url: `${url}/sentiment/versions/nope/activate`,
      headers: admin,
    });
    expect(bad.statusCode).toBe(404);

    const activated = await t.app.inject({
      method: "POST",
      url: `${url}/sentiment/versions/${version.id}/activate`,
      headers: admin,
    });
    expect(activated.statusCode).toBe(200);
    const active = JSON.parse(readFileSync(join(dataDir, "models", "sentiment", "meta.json"), "utf8"));
    expect(active.trainingExamples).toBe(80);
    const list = (await t.app.inject({ method: "GET", url, headers: admin })).json();
    const sentiment = list.models.find((m: { task: string }) => m.task === "sentiment");
    expect(sentiment.activeVersion).toBe(version.id);
    expect(sentiment.versions.map((v: { id: string }) => v.id)).toContain("initial");

    const audit = await t.store.audit.list({ action: "model.activate", offset: 0, limit: 5 });
    expect(audit.items[0]?.entityId).toBe(`sentiment/${version.id}`);
  });

  it("rejects a training set that is too small", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: `${url}/sentiment/train`,
      headers: admin,
      payload: { examples: examples(2) },
    });
    expect(res.statusCode).toBe(400);
    expect(existsSync(join(dataDir, "models", "intent", "versions"))).toBe(false);
  });
});
