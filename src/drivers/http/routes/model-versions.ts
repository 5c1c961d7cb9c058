import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ClassificationReport } from "../../../domain/ml/metrics.js";
import type { Segmenter } from "../../../domain/nlu/segmenter.js";
import type { LabelledText } from "../../../domain/nlu/train-text-classifier.js";
import type { TextTask } from "../../../domain/nlu/training-presets.js";
import { parseJson } from "../../../domain/parse-json.js";
import { withActivationLock } from "../../../infrastructure/nlu/activation-lock.js";
import { hasModel, loadModelDirectory } from "../../../infrastructure/nlu/model-directory.js";
import { ModelMeta } from "../../../infrastructure/nlu/model-meta.js";
import { trainModelInWorker, type WorkerTrainingResult } from "../../../infrastructure/nlu/train-in-worker.js";

/**
 * Versioned NLU models on disk. The active model stays where the server loads it
 * (`<dataDir>/models/<task>/`); every trained version is kept in `versions/<id>/` with its
 * held-out evaluation, and `active-version.json` records which one was copied into place.
 */

/** A stored evaluation: the report plus the label of each row/column of the confusion matrix. */
export const StoredEvaluation = z.object({
  split: z.enum(["held-out", "custom"]),
  labels: z.array(z.string()),
  accuracy: z.number(),
  macroPrecision: z.number(),
  macroRecall: z.number(),
  macroF1: z.number(),
  total: z.number().int().nonnegative(),
  perClass: z.array(z.object({ precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() })),
  confusion: z.array(z.array(z.number().int().nonnegative())),
});
export type StoredEvaluation = z.infer<typeof StoredEvaluation>;

/** A held-out report as the training worker sends it. */
const HeldOutReport = StoredEvaluation.omit({ split: true, labels: true });

/** Trains and saves a model into `outDir` (a worker thread by default, so turns are not blocked). */
export type ModelTrainer = (job: {
  task: TextTask;
  data: readonly LabelledText[];
  outDir: string;
  source: string;
}) => Promise<WorkerTrainingResult>;

const ActiveVersion = z.object({ version: z.string().min(1), activatedAt: z.string() });

/** One version as listed to the admin UI. */
export interface ModelVersion {
  id: string;
  active: boolean;
  meta: ModelMeta;
  evaluation?: StoredEvaluation;
}

/** The version that was active before versioning existed (trained at first start). */
export const INITIAL_VERSION = "initial";
const VERSION_ID = /^[a-zA-Z0-9_-]{1,80}$/;

export function toEvaluation(
  split: StoredEvaluation["split"],
  labels: string[],
  r: ClassificationReport,
): StoredEvaluation {
  return { split, labels, ...r };
}

export class ModelVersions {
  constructor(
    private readonly dataDir: string,
    private readonly segmenter: Segmenter,
    private readonly trainer: ModelTrainer = trainModelInWorker,
  ) {}

  /** Activation and the first-version snapshot of a task run one at a time, across processes too. */
  private locked<T>(task: TextTask, run: () => Promise<T>): Promise<T> {
    return withActivationLock(join(this.taskDir(task), ".activation.lock"), run);
  }

  private taskDir(task: TextTask): string {
    return join(this.dataDir, "models", task);
  }

  private versionDir(task: TextTask, id: string): string {
    if (!VERSION_ID.test(id)) throw new KefuError("MODEL_NOT_FOUND", `no ${task} model version ${id}`);
    return join(this.taskDir(task), "versions", id);
  }

  private async readActive(task: TextTask): Promise<string | undefined> {
    const file = join(this.taskDir(task), "active-version.json");
    if (!existsSync(file)) return undefined;
    return parseJson(ActiveVersion, await readFile(file, "utf8"), file).version;
  }

  /** Keeps the model the server started with as version "initial", so it can be re-activated. */
  private async snapshotInitial(task: TextTask): Promise<void> {
    const active = this.taskDir(task);
    if (!hasModel(active) || (await this.readActive(task)) !== undefined) return;
    await this.locked(task, async () => {
      if ((await this.readActive(task)) !== undefined) return;
      const target = this.versionDir(task, INITIAL_VERSION);
      await this.copyModelAtomically(active, target);
      await this.writeActive(task, INITIAL_VERSION, new Date().toISOString());
    });
  }

  private async writeActive(task: TextTask, version: string, at: string): Promise<void> {
    const file = join(this.taskDir(task), "active-version.json");
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, `${JSON.stringify({ version, activatedAt: at })}\n`, { mode: 0o600 });
    await rename(temp, file);
  }

  /**
   * Copies model.json + meta.json into a fresh staging folder beside `to`, then renames each
   * into place: no file is ever half written and no temp name is shared with another writer.
   */
  private async copyModelAtomically(from: string, to: string): Promise<void> {
    await mkdir(to, { recursive: true, mode: 0o700 });
    const staging = join(to, `.staging-${randomUUID()}`);
    await mkdir(staging, { mode: 0o700 });
    try {
      for (const f of ["model.json", "meta.json"]) {
        await copyFile(join(from, f), join(staging, f));
        await chmod(join(staging, f), 0o600);
      }
      for (const f of ["model.json", "meta.json"]) await rename(join(staging, f), join(to, f));
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Every stored version of a task, newest first. */
  async list(task: TextTask): Promise<ModelVersion[]> {
    await this.snapshotInitial(task);
    const root = join(this.taskDir(task), "versions");
    if (!existsSync(root)) return [];
    const active = await this.readActive(task);
    const versions: ModelVersion[] = [];
    for (const id of await readdir(root)) {
      const dir = join(root, id);
      if (!VERSION_ID.test(id) || !hasModel(dir)) continue;
      const meta = parseJson(ModelMeta, await readFile(join(dir, "meta.json"), "utf8"), join(dir, "meta.json"));
      const evalFile = join(dir, "evaluation.json");
      const evaluation = existsSync(evalFile)
        ? parseJson(StoredEvaluation, await readFile(evalFile, "utf8"), evalFile)
        : undefined;
      versions.push({ id, active: id === active, meta, ...(evaluation ? { evaluation } : {}) });
    }
    return versions.sort((a, b) => b.meta.createdAt.localeCompare(a.meta.createdAt));
  }

  /** Trains a new (inactive) version and stores it with its held-out evaluation. */
  async train(task: TextTask, id: string, data: readonly LabelledText[], source: string): Promise<ModelVersion> {
    await this.snapshotInitial(task);
    const dir = this.versionDir(task, id);
    const trained = await this.trainer({ task, data, outDir: dir, source });
    const { meta } = trained;
    const report = trained.heldOut ? HeldOutReport.parse(trained.heldOut) : undefined;
    const evaluation = report ? toEvaluation("held-out", meta.labels, report) : undefined;
    if (evaluation) await writeFile(join(dir, "evaluation.json"), `${JSON.stringify(evaluation)}\n`, { mode: 0o600 });
    return { id, active: false, meta, ...(evaluation ? { evaluation } : {}) };
  }

  /** Loads a stored version (for evaluation). */
  async load(task: TextTask, id: string) {
    return loadModelDirectory(this.versionDir(task, id), this.segmenter);
  }

  /**
   * Copies a version into the place the server loads the active model from, then runs `after`
   * (reloading the bot) still holding the lock: concurrent activations run one after another,
   * the last one wins, and the files in place always come from one version.
   */
  async activate<T>(task: TextTask, id: string, at: string, after: () => Promise<T>): Promise<T> {
    await this.snapshotInitial(task);
    const from = this.versionDir(task, id);
    if (!hasModel(from)) throw new KefuError("MODEL_NOT_FOUND", `no ${task} model version ${id}`);
    return this.locked(task, async () => {
      await this.copyModelAtomically(from, this.taskDir(task));
      await this.writeActive(task, id, at);
      return after();
    });
  }
}
