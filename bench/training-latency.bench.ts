// Shopper-turn latency while an admin trains the intent model on the shipped data: training on the
// request thread (how Kefu did it before) against training in a worker thread (now).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { modelRoutes } from "../src/drivers/http/routes/model-routes.js";
import type { ModelTrainer } from "../src/drivers/http/routes/model-versions.js";
import { JiebaSegmenter } from "../src/infrastructure/nlu/jieba-segmenter.js";
import { trainModel } from "../src/infrastructure/nlu/train-model.js";
import { randomIds } from "../src/infrastructure/system/random-ids.js";
import { systemClock } from "../src/infrastructure/system/system-clock.js";
import { ADMIN, createTestApp } from "../test/integration/fixtures/test-app.js";
import { measureTurnsWhile } from "./training-latency-support.js";

const segmenter = new JiebaSegmenter();
const onRequestThread: ModelTrainer = async (job) => {
  const { meta, heldOut } = await trainModel({ ...job, segmenter });
  return { meta, heldOut };
};

async function run(label: string, trainer: ModelTrainer | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), "kefu-bench-train-"));
  const t = await createTestApp({
    extraRoutes: (store) => [modelRoutes({ dataDir, segmenter, clock: systemClock, ids: randomIds, store, trainer })],
  });
  try {
    const admin = await t.login(ADMIN);
    const training = t.app.inject({ method: "POST", url: "/api/v1/models/intent/train", headers: admin, payload: {} });
    const turns = await measureTurnsWhile(t.app, training);
    if ((await training).statusCode !== 201) throw new Error(`${label}: training failed`);
    return { label, ...turns };
  } finally {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const before = await run("request thread (before)", onRequestThread);
const after = await run("worker thread (now)", undefined);
console.log("trainer                  | training ms | turns during | max turn ms | median turn ms");
for (const r of [before, after]) {
  const cells = [r.trainingMillis, r.latencies.length, r.max, r.median].map(String);
  console.log(
    `${r.label.padEnd(24)} | ${cells[0]?.padStart(11)} | ${cells[1]?.padStart(12)} | ${cells[2]?.padStart(11)} | ${cells[3]?.padStart(14)}`,
  );
}
console.log(`max turn latency: ${(before.max / Math.max(1, after.max)).toFixed(1)}x lower with the worker`);
