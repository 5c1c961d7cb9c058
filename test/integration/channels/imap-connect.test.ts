import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import { createServer, DEMO_STAFF, type KefuServer } from "../../../src/drivers/http/create-server.js";
import { defaultServerWiring } from "../../../src/drivers/http/server-wiring.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testDataKey } from "../../fixtures/test-cipher.js";
import { openRawDatabase, plainTextFound, type RawDatabase } from "../pii/raw-database.js";
import { type FakeImap, startFakeImap } from "./fake-imap-server.js";

const IMAP_PASSWORD = "imap-app-pass-Zr55";

/** The provider's outgoing server: any sender, no login (the SMTP side is not under test here). */
async function openSmtp(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({ authOptional: true, disabledCommands: ["AUTH", "STARTTLS"], logger: false });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Waits up to 15 s for the background (the 5 s poll tick, the job runner) to get somewhere. */
async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(done()).toBe(true);
}

describe.each(["sqlite", "postgres"] as const)("connecting an IMAP mailbox in admin on %s", (name) => {
  let raw: RawDatabase;
  let server: KefuServer;
  let smtp: Awaited<ReturnType<typeof openSmtp>>;
  let imap: FakeImap;

  beforeAll(async () => {
    raw = await openRawDatabase(name);
    smtp = await openSmtp();
    imap = await startFakeImap({ user: "help@shop.example", password: IMAP_PASSWORD });
    server = await createServer(
      {
        ...loadConfig({}),
        databaseUrl: raw.databaseUrl,
        dataDir: raw.dir,
        sqlitePath: raw.sqlitePath,
        dataKey: { key: testDataKey(`imap ${name}`).secret.toString("base64"), keyFile: undefined },
        logLevel: "silent",
      },
      // With the background on: the poller and the job runner are the ones `kefu serve` runs.
      { demo: true, listen: false, logger: silentLogger, ...defaultServerWiring() },
    );
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await imap?.close();
    await smtp?.close();
    await raw?.destroy();
  });

  it("checks the mailbox live, says why it is refused, keeps the password sealed, and polls it", async () => {
    const { app } = server;
    const { email, password } = DEMO_STAFF[0];
    const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
    const admin = { authorization: `Bearer ${login.json().token}` };
    const call = (method: "GET" | "PUT", url: string, payload?: object) =>
      app.inject({ method, url: `/api/v1${url}`, headers: admin, ...(payload ? { payload } : {}) });
    const body = (imapOver: object = {}) => ({
      kind: "email",
      smtpUrl: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
      from: "help@shop.example",
      imap: {
        host: "127.0.0.1",
        port: imap.port,
        secure: false,
        user: "help@shop.example",
        password: IMAP_PASSWORD,
        // Longer than the test: after the first poll, only IDLE can bring the next mail in.
        pollSeconds: 600,
        ...imapOver,
      },
    });

    const invalid = await call("PUT", "/channels/email", body({ port: 0, host: "" }));
    expect(invalid.statusCode).toBe(400);
    const refusals = [
      [{ password: "wrong" }, "auth_failed", /refused the login for help@shop\.example/],
      [{ folder: "Support" }, "folder_missing", /folder "Support" could not be opened/],
      [{ port: 1 }, "unreachable", /Could not reach the IMAP server at 127\.0\.0\.1:1/],
    ] as const;
    for (const [over, reason, sentence] of refusals) {
      const refused = await call("PUT", "/channels/email", body(over));
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: "CHANNEL_REFUSED", details: { reason } });
      expect(refused.json().error.message).toMatch(sentence);
    }
    expect((await call("GET", "/channels")).json().email.connected).toBe(false);

    const connected = await call("PUT", "/channels/email", body());
    expect(connected.statusCode).toBe(200);
    expect(connected.json()).toMatchObject({
      connected: true,
      inbound: { mode: "imap", folder: "INBOX", pollSeconds: 600 },
    });

    imap.append(
      [
        "From: Dana <dana@example.com>",
        "To: help@shop.example",
        "Subject: Return",
        "Message-ID: <d1@example.com>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "I want to return W0010002",
        "",
      ].join("\n"),
    );
    await waitFor(() => imap.messages()[0]?.flags.has("\\Seen") === true);
    const status = (await call("GET", "/channels")).json();
    expect(status.email.inbound).toMatchObject({ mode: "imap", failures: 0 });
    expect(status.email.inbound.lastPollAt).toBeDefined();
    const conversationId = await server.runtime.store.channelThreads.findConversation("email", ["d1@example.com"]);
    const messages = await server.runtime.store.messages.listSince(conversationId ?? "", 0);
    expect(messages.filter((m) => m.author === "customer").map((m) => m.text)).toEqual(["I want to return W0010002"]);
    expect(plainTextFound(JSON.stringify(status), [IMAP_PASSWORD])).toEqual([]);

    // The server announces new mail in IDLE: it is taken at once, long before the next interval poll.
    await waitFor(() => imap.log.some((line) => / IDLE$/i.test(line)));
    imap.append(
      [
        "From: Dana <dana@example.com>",
        "To: help@shop.example",
        "Subject: Re: Return",
        "Message-ID: <d2@example.com>",
        "In-Reply-To: <d1@example.com>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Also the scarf, please",
        "",
      ].join("\n"),
    );
    await waitFor(() => imap.messages()[1]?.flags.has("\\Seen") === true);
    const thread = await server.runtime.store.messages.listSince(conversationId ?? "", 0);
    expect(thread.filter((m) => m.author === "customer").map((m) => m.text)).toEqual([
      "I want to return W0010002",
      "Also the scarf, please",
    ]);

    // Back to the SMTP ingress: no IMAP settings, the status says so.
    const smtpOnly = await call("PUT", "/channels/email", { ...body(), imap: undefined });
    expect(smtpOnly.json().inbound).toEqual({ mode: "smtp" });

    await server.close();
    expect(plainTextFound(await raw.rawText(), [IMAP_PASSWORD])).toEqual([]);
  }, 120_000);
});
