import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import { createServer, DEMO_STAFF, type KefuServer } from "../../../src/drivers/http/create-server.js";
import { defaultServerWiring } from "../../../src/drivers/http/server-wiring.js";
import { NLU_RESOURCES_DIR } from "../../../src/infrastructure/nlu/load-default-nlu.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

const Row = z.object({ text: z.string(), label: z.string() });
const SWAP: Record<string, string> = { order_status: "refund_status", refund_status: "order_status" };

/** A small training set from Kefu's own intents with order_status and refund_status swapped. */
function swappedExamples(perLabel: number): z.infer<typeof Row>[] {
  const rows = readFileSync(join(NLU_RESOURCES_DIR, "intents.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => Row.parse(JSON.parse(line)));
  const taken = new Map<string, number>();
  return rows.flatMap((row) => {
    const n = taken.get(row.label) ?? 0;
    if (n >= perLabel) return [];
    taken.set(row.label, n + 1);
    return [{ text: row.text, label: SWAP[row.label] ?? row.label }];
  });
}

describe("activating a model version switches the running bot without a restart", () => {
  let server: KefuServer;
  let dataDir: string;
  let admin: { authorization: string };
  const examples = swappedExamples(40);
  // A training sentence of order_status, so both models are confident about it.
  const probe = examples.find((e) => e.label === "refund_status")?.text ?? "";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "kefu-live-nlu-"));
    const config = { ...loadConfig({}), dataDir, sqlitePath: join(dataDir, "kefu.sqlite"), logLevel: "silent" };
    server = await createServer(config, {
      demo: true,
      listen: false,
      logger: silentLogger,
      ...defaultServerWiring({ jobs: false }),
    });
    const { email, password } = DEMO_STAFF[0];
    const login = await server.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
    admin = { authorization: `Bearer ${login.json().token}` };
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Opens a widget chat, sends `text` and returns the intent the bot's reply was explained with. */
  async function botIntent(text: string): Promise<unknown> {
    const opened = await server.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} });
    const id: string = opened.json().conversation.id;
    const posted = await server.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${id}/messages`,
      headers: { authorization: `Bearer ${opened.json().token}` },
      payload: { text, clientMessageId: "probe-1" },
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    const messages = await server.runtime.store.messages.listSince(id, 0);
    const reply = messages.find((m) => m.author === "bot" && m.seq > 1 && m.explanation?.intent !== undefined);
    return reply?.explanation?.intent;
  }

  it("a bot turn after activation uses the newly activated intent model", async () => {
    expect(probe).not.toBe("");
    expect(await botIntent(probe)).toBe("order_status");

    const trained = await server.app.inject({
      method: "POST",
      url: "/api/v1/models/intent/train",
      headers: admin,
      payload: { examples },
    });
    expect(trained.statusCode, trained.body).toBe(201);
    const version: string = trained.json().id;
    // Trained but not active: the bot still answers with the model it started with.
    expect(await botIntent(probe)).toBe("order_status");

    const activated = await server.app.inject({
      method: "POST",
      url: `/api/v1/models/intent/versions/${version}/activate`,
      headers: admin,
    });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(activated.json()).toEqual({
      task: "intent",
      activeVersion: version,
      live: true,
      appliesAfterRestart: false,
    });
    expect(await botIntent(probe)).toBe("refund_status");
    const listed = await server.app.inject({ method: "GET", url: "/api/v1/models", headers: admin });
    expect(listed.statusCode, listed.body).toBe(200);
    const intent = listed.json().models.find((m: { task: string }) => m.task === "intent");
    expect(intent.activeVersion).toBe(version);
    expect(intent.versions.map((v: { id: string }) => v.id).sort()).toEqual(["initial", version].sort());

    const back = await server.app.inject({
      method: "POST",
      url: "/api/v1/models/intent/versions/initial/activate",
      headers: admin,
    });
    expect(back.json()).toMatchObject({ activeVersion: "initial", live: true });
    expect(await botIntent(probe)).toBe("order_status");
  }, 120_000);
});
