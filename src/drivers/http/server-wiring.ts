import type { FastifyPluginAsync } from "fastify";
import { createKbSearch } from "../../application/agent/search-kb.js";
import { JiebaSegmenter } from "../../infrastructure/nlu/jieba-segmenter.js";
import type { SelectedJobQueue } from "../../infrastructure/queue/create-job-queue.js";
import {
  openInsightsQueue,
  startInsightsJobs,
  webhookDepsFor,
} from "../../infrastructure/queue/start-insights-jobs.js";
import { createAgentForRuntime } from "./agent-wiring.js";
import type { CreateServerOptions, ServerRuntime } from "./create-server.js";
import { LiveNlu } from "./live-nlu.js";
import { insightsRouteFactories } from "./routes/insights-routes.js";
import { kbSearchRoutes } from "./routes/kb-search-routes.js";
import { llmUsageRoutes } from "./routes/llm-usage-routes.js";
import { modelRoutes } from "./routes/model-routes.js";
import { webhookRoutes } from "./routes/webhook-routes.js";

/** The parts `kefu serve` plugs into the server: the bot, KB search, insights routes and background jobs. */
export type ServerWiring = Pick<CreateServerOptions, "createAgent" | "createExtraRoutes" | "startBackground">;

/** Kefu's full server: what `kefu serve` and the end-to-end tests run (one wiring per server). */
export function defaultServerWiring(options: { jobs?: boolean } = {}): ServerWiring {
  // Shared by the bot and the model routes: activating a version swaps the bot's NLU in place.
  const live = new LiveNlu();
  // One queue per server: routes schedule on it (webhook replays), the background runs it.
  let queue: SelectedJobQueue | undefined;
  const queueFor = (runtime: ServerRuntime) => {
    queue ??= openInsightsQueue(runtime);
    return queue;
  };
  return {
    createAgent: (runtime) => createAgentForRuntime(runtime, { live }),
    createExtraRoutes: (runtime: ServerRuntime): FastifyPluginAsync[] => [
      kbSearchRoutes({ kb: createKbSearch({ store: runtime.store, segmenter: new JiebaSegmenter() }) }),
      ...insightsRouteFactories(runtime),
      llmUsageRoutes(runtime),
      modelRoutes({ dataDir: runtime.config.dataDir, segmenter: new JiebaSegmenter(), live, ...runtime }),
      webhookRoutes(webhookDepsFor(runtime, queueFor(runtime))),
    ],
    ...(options.jobs === false
      ? {}
      : { startBackground: (runtime: ServerRuntime) => startInsightsJobs(runtime, queueFor(runtime)) }),
  };
}
