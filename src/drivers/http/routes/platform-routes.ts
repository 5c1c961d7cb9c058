import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  deletePlatformConnection,
  getPlatformConnection,
  loadPlatformCredentials,
  savePlatformConnection,
} from "../../../application/use-cases/platform/platform-connection-store.js";
import { reconcilePlatform } from "../../../application/use-cases/platform/reconcile-platform.js";
import { runPlatformSync } from "../../../application/use-cases/platform/run-platform-sync.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { PlatformCredentials, PlatformSyncStatus } from "../../../domain/platform/platform-connection.js";
import { OkResponse } from "../responses.js";
import { adminAudit } from "./admin-audit.js";
import type { PlatformRoutesDeps } from "./platform-deps.js";

/** The connection as admins see it: never a credential. */
const ConnectionView = z.object({
  connected: z.boolean(),
  kind: z.enum(["shopify", "woocommerce"]).optional(),
  shop: z.string().optional(),
  connectedAt: z.string().optional(),
  sync: PlatformSyncStatus.optional(),
  lastReconcileAt: z.string().optional(),
});
const ReconcileReport = z.object({ ordersRepaired: z.number().int(), writesRequeued: z.number().int() });

/** Admin API of the shop-platform connection: connect, see sync status, sync, reconcile, disconnect. */
export function platformRoutes(deps: PlatformRoutesDeps): FastifyPluginAsyncZod {
  const admin = { config: { access: "admin" as const } };
  const tags = ["platform"];
  // One sync at a time per process; its progress is on the connection for every process to read.
  let syncing: Promise<unknown> | undefined;

  const connected = async () => {
    const credentials = await loadPlatformCredentials({ store: deps.store, cipher: await deps.cipher() });
    if (!credentials) throw new KefuError("NOT_FOUND", "No shop platform is connected");
    return deps.createPlatform(credentials);
  };
  const audit = adminAudit(deps, "platform");

  return async (app) => {
    app.get("/platform", { ...admin, schema: { tags, response: { 200: ConnectionView } } }, async () => {
      const view = await getPlatformConnection(deps);
      return view ? { connected: true, ...view } : { connected: false };
    });
    app.put(
      "/platform",
      { ...admin, schema: { tags, body: PlatformCredentials, response: { 200: ConnectionView } } },
      async (request) => {
        // Credentials are checked against the platform before they are kept: a wrong key is refused here.
        await deps.createPlatform(request.body).listCustomers();
        const view = await savePlatformConnection(
          { store: deps.store, clock: deps.clock, cipher: await deps.cipher() },
          request.body,
        );
        await audit(request, "platform.connect", "connection", { kind: view.kind, shop: view.shop });
        return { connected: true, ...view };
      },
    );
    app.delete("/platform", { ...admin, schema: { tags, response: { 200: OkResponse } } }, async (request) => {
      const removed = await deletePlatformConnection(deps);
      if (removed) await audit(request, "platform.disconnect", "connection");
      return { ok: true };
    });
    app.post(
      "/platform/sync",
      { ...admin, schema: { tags, response: { 202: ConnectionView } } },
      async (request, reply) => {
        const platform = await connected();
        if (!syncing) {
          await audit(request, "platform.sync", "connection");
          let started: () => void = () => undefined;
          const running = new Promise<void>((resolve) => {
            started = resolve;
          });
          syncing = runPlatformSync({ store: deps.store, clock: deps.clock, platform }, { onStarted: () => started() })
            .catch((error: unknown) =>
              deps.logger.error({ error: error instanceof Error ? error.message : String(error) }, "sync failed"),
            )
            .finally(() => {
              syncing = undefined;
            });
          // Answer once "running" is stored (on PostgreSQL that is a round trip away), or once the sync ended.
          await Promise.race([running, syncing]);
        }
        reply.code(202);
        const view = await getPlatformConnection(deps);
        return view ? { connected: true, ...view } : { connected: false };
      },
    );
    app.post(
      "/platform/reconcile",
      { ...admin, schema: { tags, response: { 200: ReconcileReport } } },
      async (request) => {
        const report = await reconcilePlatform(deps);
        await audit(request, "platform.reconcile", "connection", { ...report });
        return report;
      },
    );
  };
}
