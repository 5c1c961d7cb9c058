import type { ShopPolicy } from "../../../domain/policy/shop-policy.js";
import type { Clock } from "../../ports/clock.js";
import type { EventBus } from "../../ports/event-bus.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Logger } from "../../ports/logger.js";
import type { ShopPlatform } from "../../ports/shop-platform.js";
import type { Store } from "../../ports/store.js";

/** What the platform write job and the reconciliation need. */
export interface PlatformWriteDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Tells open widgets and consoles about the outcome message and hand-off. */
  eventBus?: EventBus;
  /** The connected shop platform (credentials from the stored connection), or undefined when none is. */
  platform(): Promise<ShopPlatform | undefined>;
  loadPolicy(): Promise<ShopPolicy>;
}
