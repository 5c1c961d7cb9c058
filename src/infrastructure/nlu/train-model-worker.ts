import { parentPort, workerData } from "node:worker_threads";
import { z } from "zod";
import { JiebaSegmenter } from "./jieba-segmenter.js";
import { trainModel } from "./train-model.js";

/** What the main thread sends: one training job (see train-in-worker.ts). */
const Job = z.object({
  task: z.enum(["intent", "sentiment"]),
  data: z.array(z.object({ text: z.string(), label: z.string() })),
  outDir: z.string().min(1),
  source: z.string(),
});

/** Trains off the main thread so the server keeps answering; posts the meta and held-out report. */
async function run(): Promise<void> {
  const job = Job.parse(workerData);
  const { meta, heldOut } = await trainModel({ ...job, segmenter: new JiebaSegmenter() });
  parentPort?.postMessage({ ok: true, meta, heldOut: heldOut ?? null });
}

run().catch((error: unknown) => {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
});
