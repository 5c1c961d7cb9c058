import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const ENTRY = join(import.meta.dirname, "fixtures/start-server.ts");
const TOTAL = 1000;
const CONCURRENCY = 20;
const KILL_AFTER_ACKS = 400;
const CONVERSATIONS = 4;

interface Started {
  child: ChildProcess;
  url: string;
}

/** Starts the server on the temp database and resolves with its URL once it listens. */
function start(dir: string): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: "",
      REDIS_URL: "",
      KEFU_DB_PATH: join(dir, "kefu.sqlite"),
      KEFU_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      KEFU_LOG_LEVEL: "silent",
      // The burst is the point of this test, not the per-conversation message limit.
      KEFU_LIMIT_MESSAGES: "1000000/60",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}${err}`)), 30_000);
    child.stderr?.on("data", (d) => {
      err += String(d);
    });
    child.stdout?.on("data", (d) => {
      out += String(d);
      const match = /Kefu listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: await res.json() };
}

interface Ack {
  conversationId: string;
  clientMessageId: string;
  id: string;
  seq: number;
}

describe("kill -9 during a burst of message posts", () => {
  const dir = mkdtempSync(join(tmpdir(), "kefu-kill9-"));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses no acknowledged message and keeps seq gap-free", async () => {
    const first = await start(dir);
    children.push(first.child);
    const chats: { id: string; token: string }[] = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const { body } = await json(`${first.url}/api/v1/widget/conversations`, { method: "POST", body: "{}" });
      const parsed = body as { conversation: { id: string }; token: string };
      chats.push({ id: parsed.conversation.id, token: parsed.token });
    }

    const acks: Ack[] = [];
    let next = 0;
    let killed = false;
    const exited = new Promise((resolve) => first.child.once("exit", resolve));
    async function worker(): Promise<void> {
      while (!killed && next < TOTAL) {
        const n = next++;
        const chat = chats[n % CONVERSATIONS];
        if (!chat) return;
        try {
          const res = await json(`${first.url}/api/v1/widget/conversations/${chat.id}/messages`, {
            method: "POST",
            headers: { authorization: `Bearer ${chat.token}` },
            body: JSON.stringify({ text: `burst message ${n}`, clientMessageId: `m-${n}` }),
          });
          if (res.status !== 201) throw new Error(`unexpected ${res.status}`);
          const message = (res.body as { message: { id: string; seq: number } }).message;
          acks.push({ conversationId: chat.id, clientMessageId: `m-${n}`, id: message.id, seq: message.seq });
          if (acks.length >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            first.child.kill("SIGKILL");
          }
        } catch {
          if (!killed) throw new Error(`post ${n} failed before the kill`);
          return;
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await exited;
    expect(killed).toBe(true);
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acks.length).toBeLessThan(TOTAL);

    const second = await start(dir);
    children.push(second.child);
    for (const chat of chats) {
      const headers = { authorization: `Bearer ${chat.token}` };
      const stored: { id: string; seq: number; clientMessageId?: string }[] = [];
      for (;;) {
        const after = stored.at(-1)?.seq ?? 0;
        const { status, body } = await json(
          `${second.url}/api/v1/widget/conversations/${chat.id}/messages?after=${after}&limit=500`,
          { headers },
        );
        expect(status).toBe(200);
        const items = (body as { items: typeof stored }).items;
        stored.push(...items);
        if (items.length < 500) break;
      }
      // Gap-free: seqs are exactly 1..n.
      expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
      const byClientId = new Map<string, number>();
      for (const m of stored) {
        if (m.clientMessageId) byClientId.set(m.clientMessageId, (byClientId.get(m.clientMessageId) ?? 0) + 1);
      }
      for (const ack of acks.filter((a) => a.conversationId === chat.id)) {
        expect(byClientId.get(ack.clientMessageId), ack.clientMessageId).toBe(1);
        expect(stored.find((m) => m.clientMessageId === ack.clientMessageId)).toMatchObject({
          id: ack.id,
          seq: ack.seq,
        });
      }
    }

    // A retry after the crash returns the stored message rather than a duplicate.
    const sample = acks[0];
    const chat = chats.find((c) => c.id === sample?.conversationId);
    if (!sample || !chat) throw new Error("no acks");
    const retry = await json(`${second.url}/api/v1/widget/conversations/${chat.id}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${chat.token}` },
      body: JSON.stringify({ text: "again", clientMessageId: sample.clientMessageId }),
    });
    expect((retry.body as { message: { id: string } }).message.id).toBe(sample.id);
    second.child.kill("SIGTERM");
    console.log(`kill -9 test: ${acks.length} acknowledged before the kill, all present after restart`);
  }, 120_000);
});
