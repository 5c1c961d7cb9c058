import type { FastifyInstance } from "fastify";

const EVERY_MS = 100;

/**
 * Latencies of shopper turns (open a chat, send a message) due every 100 ms until `busy` settles.
 * Each latency runs from when the turn was due, not when the loop got to send it, so a blocked
 * event loop shows up as the wait it causes a shopper (no coordinated omission).
 */
export async function measureTurnsWhile(
  app: FastifyInstance,
  busy: Promise<unknown>,
): Promise<{ latencies: number[]; max: number; median: number; trainingMillis: number }> {
  const started = performance.now();
  let done = false;
  let trainingMillis = 0;
  void busy.finally(() => {
    done = true;
    trainingMillis = Math.round(performance.now() - started);
  });
  const latencies: number[] = [];
  for (let n = 0; ; n++) {
    const due = started + n * EVERY_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (done && performance.now() - due > 0 && due > started + trainingMillis) break;
    const opened = await app.inject({
      method: "POST",
      url: "/api/v1/widget/conversations",
      payload: {},
      // Each turn from its own client address, so the conversation limit does not interfere.
      remoteAddress: `10.1.${Math.floor(n / 200) % 250}.${n % 200}`,
    });
    const { conversation, token } = opened.json();
    await app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${conversation.id}/messages`,
      headers: { authorization: `Bearer ${token}` },
      payload: { text: "我的订单到哪了", clientMessageId: `turn-${n}` },
    });
    latencies.push(Math.round(performance.now() - due));
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    latencies,
    max: sorted.at(-1) ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    trainingMillis,
  };
}
