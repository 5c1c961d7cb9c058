import { join } from "node:path";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import type { Store } from "../../../application/ports/store.js";
import { evaluateTextClassifier } from "../../../domain/nlu/evaluate-text-classifier.js";
import type { Segmenter } from "../../../domain/nlu/segmenter.js";
import type { LabelledText } from "../../../domain/nlu/train-text-classifier.js";
import { NLU_RESOURCES_DIR } from "../../../infrastructure/nlu/load-default-nlu.js";
import { readLabelledJsonl } from "../../../infrastructure/nlu/read-labelled-jsonl.js";
import { requireStaff } from "../auth/guards.js";
import type { LiveNlu } from "../live-nlu.js";
import { ModelActivationReply, ModelEvaluationReply, ModelListReply, ModelVersionReply } from "./model-responses.js";
import { type ModelTrainer, ModelVersions, toEvaluation } from "./model-versions.js";

const Task = z.enum(["intent", "sentiment"]);
const Example = z.object({ text: z.string().trim().min(1).max(2000), label: z.string().trim().min(1).max(100) });
const TaskParams = z.object({ task: Task });
const VersionParams = z.object({ task: Task, version: z.string().min(1).max(80) });
const TrainBody = z.object({ examples: z.array(Example).min(20).max(50_000).optional() }).default({});
const EvaluateBody = z.object({ examples: z.array(Example).min(1).max(20_000) });

const SHIPPED: Record<z.infer<typeof Task>, string> = { intent: "intents.jsonl", sentiment: "sentiment.jsonl" };

/**
 * The admin model page's API: list NLU model versions with their held-out figures and
 * confusion matrix, train a new version, evaluate one on labelled examples, activate one.
 * Activating copies the version into place and, when the bot reads its NLU through `live`,
 * swaps the running bot onto it at once; other server processes pick it up at their next start.
 */
export function modelRoutes(deps: {
  dataDir: string;
  segmenter: Segmenter;
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  /** Trains a version; default: a worker thread, so shopper turns go on during training. */
  trainer?: ModelTrainer;
  /** The running bot's NLU; without it (or before the bot is built) activation applies at restart. */
  live?: Pick<LiveNlu, "reload">;
}): FastifyPluginAsync {
  const versions = new ModelVersions(deps.dataDir, deps.segmenter, deps.trainer);
  const audit = async (staffId: string, action: string, entityId: string, details: Record<string, unknown>) =>
    deps.store.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor: { type: "staff", id: staffId },
      action,
      entityType: "model",
      entityId,
      details,
    });

  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const admin = { config: { access: "admin" as const } };

    app.get("/models", { ...admin, schema: { tags: ["models"], response: { 200: ModelListReply } } }, async () => ({
      models: await Promise.all(
        Task.options.map(async (task) => {
          const list = await versions.list(task);
          return { task, activeVersion: list.find((v) => v.active)?.id ?? null, versions: list };
        }),
      ),
    }));

    app.post(
      "/models/:task/train",
      {
        ...admin,
        schema: { tags: ["models"], params: TaskParams, body: TrainBody, response: { 201: ModelVersionReply } },
      },
      async (request, reply) => {
        const me = requireStaff(request, ["admin"]);
        const { task } = request.params;
        const custom = request.body.examples;
        const data: LabelledText[] =
          custom ??
          (await readLabelledJsonl(join(NLU_RESOURCES_DIR, SHIPPED[task]), { textField: "text", labelField: "label" }));
        const source = custom ? `admin upload (${custom.length} examples)` : `resources/nlu/${SHIPPED[task]}`;
        const version = await versions.train(task, deps.ids.next("mdl"), data, source);
        await audit(me.id, "model.train", `${task}/${version.id}`, { examples: data.length, source });
        return reply.code(201).send(version);
      },
    );

    app.post(
      "/models/:task/versions/:version/evaluate",
      {
        ...admin,
        schema: {
          tags: ["models"],
          params: VersionParams,
          body: EvaluateBody,
          response: { 200: ModelEvaluationReply },
        },
      },
      async (request) => {
        const { task, version } = request.params;
        const { classifier } = await versions.load(task, version);
        const result = evaluateTextClassifier(classifier, request.body.examples);
        return { ...toEvaluation("custom", result.labels, result.report), meanMillis: result.meanMillis };
      },
    );

    app.post(
      "/models/:task/versions/:version/activate",
      { ...admin, schema: { tags: ["models"], params: VersionParams, response: { 200: ModelActivationReply } } },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        const { task, version } = request.params;
        const live = await versions.activate(
          task,
          version,
          deps.clock.nowIso(),
          async () => (await deps.live?.reload()) ?? false,
        );
        await audit(me.id, "model.activate", `${task}/${version}`, { live });
        return { task, activeVersion: version, live, appliesAfterRestart: !live };
      },
    );
  };
}
