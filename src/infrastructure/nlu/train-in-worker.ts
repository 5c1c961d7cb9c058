import { Worker } from "node:worker_threads";
import { z } from "zod";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { LabelledText } from "../../domain/nlu/train-text-classifier.js";
import type { TextTask } from "../../domain/nlu/training-presets.js";
import { ModelMeta } from "./model-meta.js";

const WORKER_ENTRY = new URL("./train-model-worker.mjs", import.meta.url);

const Reply = z.union([
  z.object({ ok: z.literal(true), meta: ModelMeta, heldOut: z.unknown() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/** A finished training run: the saved model's meta and its held-out report (unvalidated, if any). */
export interface WorkerTrainingResult {
  meta: ModelMeta;
  heldOut: unknown;
}

/**
 * Trains and saves a model in a worker thread (model.json + meta.json in `outDir`), so a long
 * training run never blocks the event loop that answers shoppers.
 */
export function trainModelInWorker(job: {
  task: TextTask;
  data: readonly LabelledText[];
  outDir: string;
  source: string;
}): Promise<WorkerTrainingResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: { ...job, data: [...job.data] } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once("message", (message: unknown) => {
      const reply = Reply.safeParse(message);
      if (!reply.success) return finish(() => reject(new KefuError("INTERNAL", "training worker sent a bad reply")));
      const r = reply.data;
      if (r.ok) finish(() => resolve({ meta: r.meta, heldOut: r.heldOut }));
      else finish(() => reject(new KefuError("VALIDATION_FAILED", `training failed: ${r.message}`)));
    });
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) =>
      finish(() => reject(new KefuError("INTERNAL", `training worker exited with code ${code} before replying`))),
    );
  });
}
