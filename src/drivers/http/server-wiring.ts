import type { FastifyPluginAsync } from "fastify";
import { createKbSearch } from "../../application/agent/search-kb.js";
import { JiebaSegmenter } from "../../infrastructure/nlu/jieba-segmenter.js";
import type { SelectedJobQueue } from "../../infrastructure/queue/create-job-queue.js";
import { startInsightsJobs, webhookDepsFor } from "../../infrastructure/queue/start-insights-jobs.js";
import { composeJobQueue } from "../composition/compose-adapters.js";
import { createAgentForRuntime } from "../composition/compose-agent.js";
import { channelWiring } from "./channel-wiring.js";
import type { CreateServerOptions, ServerRuntime } from "./create-server.js";
import { LiveNlu } from "./live-nlu.js";
import { platformWiring } from "./platform-wiring.js";
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
    queue ??= composeJobQueue(runtime);
    return queue;
  };
  let platform: ReturnType<typeof platformWiring> | undefined;
  const platformFor = (runtime: ServerRuntime) => {
    platform ??= platformWiring(runtime);
    return platform;
  };
  let channels: ReturnType<typeof channelWiring> | undefined;
  const channelsFor = (runtime: ServerRuntime, agent: Parameters<typeof channelWiring>[1]) => {
    channels ??= channelWiring(runtime, agent, queueFor(runtime));
    return channels;
  };
  return {
    createAgent: (runtime) => createAgentForRuntime(runtime, { live }),
    createExtraRoutes: (runtime: ServerRuntime, { agent }): FastifyPluginAsync[] => [
      ...channelsFor(runtime, agent).routes,
      kbSearchRoutes({ kb: createKbSearch({ store: runtime.store, segmenter: new JiebaSegmenter() }) }),
      ...insightsRouteFactories(runtime),
      llmUsageRoutes(runtime),
      modelRoutes({ dataDir: runtime.config.dataDir, segmenter: new JiebaSegmenter(), live, ...runtime }),
      webhookRoutes(webhookDepsFor(runtime, queueFor(runtime))),
      ...platformFor(runtime).routes,
    ],
    ...(options.jobs === false
      ? {}
      : {
          startBackground: async (runtime, { agent }) => {
            // Handlers first: the queue may run a due email job as soon as it starts.
            const stopChannels = await channelsFor(runtime, agent).start();
            const stopPlatform = await platformFor(runtime).start(queueFor(runtime));
            const jobs = await startInsightsJobs(runtime, queueFor(runtime));
            return {
              async stop() {
                await stopChannels();
                await jobs.stop();
                await stopPlatform();
              },
            };
          },
        }),
  };
}
