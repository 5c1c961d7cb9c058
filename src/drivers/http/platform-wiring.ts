import type { FastifyPluginAsync } from "fastify";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import { loadShopPolicy } from "../../application/use-cases/after-sales/after-sales-deps.js";
import { loadPlatformCredentials } from "../../application/use-cases/platform/platform-connection-store.js";
import {
  registerPlatformJobs,
  scheduleNextReconcile,
} from "../../application/use-cases/platform/register-platform-jobs.js";
import { createShopPlatform } from "../../infrastructure/platforms/create-shop-platform.js";
import type { SelectedJobQueue } from "../../infrastructure/queue/create-job-queue.js";
import { createLocalJobQueue } from "../../infrastructure/queue/local-job-queue.js";
import { openFieldCipher } from "../config/open-field-cipher.js";
import type { ServerRuntime } from "./create-server.js";
import type { PlatformRoutesDeps } from "./routes/platform-deps.js";
import { platformRoutes } from "./routes/platform-routes.js";
import { platformWebhookRoutes } from "./routes/platform-webhook-routes.js";

/** The shop-platform connection's deps on a server runtime (the cipher opened once, on first use). */
export function platformDepsFor(runtime: ServerRuntime): PlatformRoutesDeps {
  let cipher: Promise<FieldCipher> | undefined;
  const openCipher = () => {
    cipher ??= openFieldCipher(runtime.config);
    return cipher;
  };
  return {
    store: runtime.store,
    clock: runtime.clock,
    ids: runtime.ids,
    logger: runtime.logger,
    eventBus: runtime.eventBus,
    cipher: openCipher,
    createPlatform: (credentials) => createShopPlatform(credentials),
    async platform() {
      const credentials = await loadPlatformCredentials({ store: runtime.store, cipher: await openCipher() });
      return credentials ? createShopPlatform(credentials, { forJobs: true }) : undefined;
    },
    loadPolicy: () => loadShopPolicy(runtime.store),
  };
}

/**
 * The platform connection on a server: its admin and webhook routes, and its jobs. platform.write jobs are
 * rows of the jobs table (enqueued in the request's transaction), so they run on the in-process queue: the
 * deployment's own when it is local, a dedicated one over the jobs table when the deployment uses BullMQ.
 */
export function platformWiring(runtime: ServerRuntime): {
  routes: FastifyPluginAsync[];
  start(queue: SelectedJobQueue): Promise<() => Promise<void>>;
} {
  const deps = platformDepsFor(runtime);
  return {
    routes: [platformRoutes(deps), platformWebhookRoutes(deps)],
    async start(queue) {
      const jobs =
        queue.kind === "local" ? queue : createLocalJobQueue(runtime.store.jobs, runtime.clock, runtime.logger);
      registerPlatformJobs(jobs, deps);
      if (jobs !== queue) await jobs.start();
      await scheduleNextReconcile(jobs, deps);
      return async () => {
        if (jobs !== queue) await jobs.stop();
      };
    },
  };
}
