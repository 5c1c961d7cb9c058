import { EventEmitter } from "node:events";
import type { EventBus, KefuEvent } from "../../application/ports/event-bus.js";
import type { Logger } from "../../application/ports/logger.js";

/** In-process fan-out for a single server; listeners run synchronously in publish order. */
export function createLocalEventBus(logger?: Logger): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      deliver(emitter, event, logger);
    },
    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** A throwing listener must not stop the others nor fail the publisher. */
export function deliver(emitter: EventEmitter, event: KefuEvent, logger?: Logger): void {
  for (const listener of emitter.listeners("event")) {
    try {
      listener(event);
    } catch (error) {
      logger?.error({ err: error, eventType: event.type }, "event listener failed");
    }
  }
}
