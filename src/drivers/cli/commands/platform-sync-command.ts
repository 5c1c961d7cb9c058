import type { Command } from "commander";
import { z } from "zod";
import { syncShopPlatform } from "../../../application/use-cases/platform/sync-shop-platform.js";
import { parseValue } from "../../../domain/parse-json.js";
import { createWooCommercePlatform } from "../../../infrastructure/platforms/woocommerce/woocommerce-platform.js";
import { syncConnectedAction } from "./platform-connect-commands.js";
import { processIo, type ShopDataIo, withShopStore } from "./shop-data-io.js";
import { syncProgressDisplay } from "./sync-progress-display.js";

const WooOptions = z.object({
  url: z.string().url("--url must be the shop's address, e.g. https://shop.example"),
  key: z.string().min(1, "--key (or KEFU_WOO_KEY) is required"),
  secret: z.string().min(1, "--secret (or KEFU_WOO_SECRET) is required"),
  since: z.string().datetime().optional(),
});

/**
 * `kefu sync`: mirrors the connected platform (kefu connect); `kefu sync woocommerce` mirrors a WooCommerce
 * store given by its keys, without connecting it. Both show progress.
 */
export function registerPlatformSyncCommand(program: Command, io: ShopDataIo = processIo()): void {
  const sync = program
    .command("sync")
    .description("mirror the connected shop platform into Kefu (customers, products, orders)")
    .action(syncConnectedAction(io));
  sync
    .command("woocommerce")
    .description("sync from a WooCommerce store's REST API v3 (key with Read/Write permission)")
    .option("--url <url>", "the shop's address (or KEFU_WOO_URL)")
    .option("--key <key>", "REST consumer key ck_… (or KEFU_WOO_KEY)")
    .option("--secret <secret>", "REST consumer secret cs_… (or KEFU_WOO_SECRET)")
    .option("--since <iso>", "only orders modified after this time")
    .action(async (raw: Record<string, string | undefined>) => {
      const options = parseValue(
        WooOptions,
        {
          url: raw.url ?? io.env.KEFU_WOO_URL,
          key: raw.key ?? io.env.KEFU_WOO_KEY,
          secret: raw.secret ?? io.env.KEFU_WOO_SECRET,
          since: raw.since,
        },
        "sync options",
      );
      const platform = createWooCommercePlatform({
        url: options.url,
        consumerKey: options.key,
        consumerSecret: options.secret,
      });
      const display = syncProgressDisplay(io);
      const done = await withShopStore(io, (store) =>
        syncShopPlatform(
          { store, platform },
          { ...(options.since ? { updatedSince: options.since } : {}), onProgress: display.onProgress },
        ),
      );
      display.end();
      io.out(
        `synced ${done.customers} customers, ${done.products} products, ${done.orders} orders (${done.skipped} unchanged or guest)\n`,
      );
    });
}
