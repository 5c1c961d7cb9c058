import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import type { EventBus } from "../../application/ports/event-bus.js";
import type { Logger } from "../../application/ports/logger.js";
import { parseJson } from "../../domain/parse-json.js";
import { deliver } from "./event-bus-local.js";
import { KefuEventSchema } from "./kefu-event-schema.js";

/** Redis pub/sub fan-out so every server instance sees every event; one publisher + one subscriber connection. */
export async function createRedisEventBus(options: {
  url: string;
  channel?: string;
  logger: Logger;
}): Promise<EventBus> {
  const channel = options.channel ?? "kefu:events";
  const publisher = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(options.url, { lazyConnect: true });
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const log = options.logger.child({ component: "event-bus-redis" });
  publisher.on("error", (err) => log.warn({ err }, "redis publisher error"));
  subscriber.on("error", (err) => log.warn({ err }, "redis subscriber error"));

  subscriber.on("message", (from: string, text: string) => {
    if (from !== channel) return;
    try {
      deliver(emitter, parseJson(KefuEventSchema, text, "realtime event"), log);
    } catch (err) {
      log.warn({ err }, "dropped an invalid realtime event");
    }
  });

  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel);

  return {
    async publish(event) {
      await publisher.publish(channel, JSON.stringify(event));
    },
    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    async close() {
      emitter.removeAllListeners();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
