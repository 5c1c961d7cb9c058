import type { Clock } from "../../ports/clock.js";
import type { EventBus } from "../../ports/event-bus.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";

/** What the insight use cases need; the event bus is optional so batch tools can run without one. */
export interface InsightsDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  eventBus?: EventBus;
}
