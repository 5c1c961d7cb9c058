import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "commander";
import type { FieldCipher } from "../../../application/ports/field-cipher.js";
import type { Store } from "../../../application/ports/store.js";
import { loadShopPolicy } from "../../../application/use-cases/after-sales/after-sales-deps.js";
import {
  deletePlatformConnection,
  getPlatformConnection,
  loadPlatformCredentials,
  savePlatformConnection,
} from "../../../application/use-cases/platform/platform-connection-store.js";
import { reconcilePlatform } from "../../../application/use-cases/platform/reconcile-platform.js";
import { runPlatformSync } from "../../../application/use-cases/platform/run-platform-sync.js";
import { parseValue } from "../../../domain/parse-json.js";
import { PlatformCredentials } from "../../../domain/platform/platform-connection.js";
import { createShopPlatform } from "../../../infrastructure/platforms/create-shop-platform.js";
import { createStore } from "../../../infrastructure/storage/create-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { randomIds } from "../../../infrastructure/system/random-ids.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { loadConfig } from "../../config/load-config.js";
import { openFieldCipher } from "../../config/open-field-cipher.js";
import { processIo, type ShopDataIo } from "./shop-data-io.js";
import { syncProgressDisplay } from "./sync-progress-display.js";

/** Opens the configured store and its field cipher (credentials are sealed with it), runs `work`, closes. */
async function withPlatformStore<T>(
  io: ShopDataIo,
  work: (store: Store, cipher: FieldCipher) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  if (!config.databaseUrl) await mkdir(dirname(config.sqlitePath), { recursive: true });
  const cipher = await openFieldCipher(config);
  const store = await createStore({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    logger: silentLogger,
    cipher,
  });
  try {
    return await work(store, cipher);
  } finally {
    await store.close();
  }
}

/** Syncs the connected platform, drawing progress on a terminal; prints the summary. */
async function syncConnected(io: ShopDataIo, store: Store, cipher: FieldCipher): Promise<void> {
  const credentials = await loadPlatformCredentials({ store, cipher });
  if (!credentials) {
    io.err("no shop platform is connected: run kefu connect shopify|woocommerce first\n");
    io.exitCode = 1;
    return;
  }
  const display = syncProgressDisplay(io);
  const done = await runPlatformSync(
    { store, clock: systemClock, platform: createShopPlatform(credentials) },
    { onProgress: display.onProgress },
  );
  display.end();
  io.out(
    `synced ${done.customers} customers, ${done.products} products, ${done.orders} orders (${done.skipped} unchanged or guest)\n`,
  );
}

/** Checks the credentials against the platform, stores them sealed, then runs the initial sync (unless --no-sync). */
async function connect(io: ShopDataIo, raw: Record<string, unknown>, sync: boolean): Promise<void> {
  const credentials = parseValue(PlatformCredentials, raw, "connect options");
  await createShopPlatform(credentials).listCustomers();
  await withPlatformStore(io, async (store, cipher) => {
    const view = await savePlatformConnection({ store, cipher, clock: systemClock }, credentials);
    io.out(`connected ${view.kind} ${view.shop}\n`);
    if (sync) await syncConnected(io, store, cipher);
  });
}

/** `kefu connect shopify|woocommerce`, `kefu disconnect`, `kefu reconcile`, and `kefu sync` of the connected platform. */
export function registerPlatformConnectCommands(program: Command, io: ShopDataIo = processIo()): void {
  const connectCommand = program.command("connect").description("connect the shop platform Kefu serves");
  connectCommand
    .command("shopify")
    .description("a Shopify custom app: Admin API token and client secret (webhook signatures)")
    .option("--domain <domain>", "my-shop.myshopify.com (or KEFU_SHOPIFY_DOMAIN)")
    .option("--token <token>", "Admin API access token shpat_… (or KEFU_SHOPIFY_TOKEN)")
    .option("--webhook-secret <secret>", "the app's client secret (or KEFU_SHOPIFY_WEBHOOK_SECRET)")
    .option("--api-origin <url>", "a local stand-in of the Admin API (tests)")
    .option("--no-sync", "connect without the initial sync")
    .action(async (o: Record<string, string | boolean | undefined>) =>
      connect(
        io,
        {
          kind: "shopify",
          storeDomain: o.domain ?? io.env.KEFU_SHOPIFY_DOMAIN,
          accessToken: o.token ?? io.env.KEFU_SHOPIFY_TOKEN,
          webhookSecret: o.webhookSecret ?? io.env.KEFU_SHOPIFY_WEBHOOK_SECRET,
          ...(o.apiOrigin ? { apiOrigin: o.apiOrigin } : {}),
        },
        o.sync !== false,
      ),
    );
  connectCommand
    .command("woocommerce")
    .description("a WooCommerce REST key with Read/Write permission and the webhooks' secret")
    .option("--url <url>", "the shop's address (or KEFU_WOO_URL)")
    .option("--key <key>", "REST consumer key ck_… (or KEFU_WOO_KEY)")
    .option("--secret <secret>", "REST consumer secret cs_… (or KEFU_WOO_SECRET)")
    .option("--webhook-secret <secret>", "the secret set on the shop's webhooks (or KEFU_WOO_WEBHOOK_SECRET)")
    .option("--no-sync", "connect without the initial sync")
    .action(async (o: Record<string, string | boolean | undefined>) =>
      connect(
        io,
        {
          kind: "woocommerce",
          url: o.url ?? io.env.KEFU_WOO_URL,
          consumerKey: o.key ?? io.env.KEFU_WOO_KEY,
          consumerSecret: o.secret ?? io.env.KEFU_WOO_SECRET,
          webhookSecret: o.webhookSecret ?? io.env.KEFU_WOO_WEBHOOK_SECRET,
        },
        o.sync !== false,
      ),
    );
  program
    .command("disconnect")
    .description("forget the shop platform's credentials (the mirrored data stays)")
    .action(async () =>
      withPlatformStore(io, async (store) => {
        const view = await getPlatformConnection({ store });
        await deletePlatformConnection({ store });
        io.out(view ? `disconnected ${view.kind} ${view.shop}\n` : "no shop platform was connected\n");
      }),
    );
  program
    .command("reconcile")
    .description("repair drift between the shop platform and Kefu's mirror; requeue lost platform writes")
    .action(async () =>
      withPlatformStore(io, async (store, cipher) => {
        const report = await reconcilePlatform({
          store,
          clock: systemClock,
          ids: randomIds,
          logger: silentLogger,
          loadPolicy: () => loadShopPolicy(store),
          async platform() {
            const credentials = await loadPlatformCredentials({ store, cipher });
            return credentials ? createShopPlatform(credentials) : undefined;
          },
        });
        io.out(`repaired ${report.ordersRepaired} orders, requeued ${report.writesRequeued} platform writes\n`);
      }),
    );
}

/** `kefu sync` with no platform named: syncs the connected one. */
export function syncConnectedAction(io: ShopDataIo): () => Promise<void> {
  return () => withPlatformStore(io, (store, cipher) => syncConnected(io, store, cipher));
}
