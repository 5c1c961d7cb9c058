import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import { createServer, DEMO_STAFF, type KefuServer } from "../../../src/drivers/http/create-server.js";
import { defaultServerWiring } from "../../../src/drivers/http/server-wiring.js";
import { wechatSignature } from "../../../src/infrastructure/channels/wechat/wechat-crypto.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testDataKey } from "../../fixtures/test-cipher.js";
import { openRawDatabase, plainTextFound, type RawDatabase } from "../pii/raw-database.js";
import { type FakeWoo, startFakeWoo } from "../platforms/fakes/fake-woocommerce.js";
import { fakeWechat, wechatCallback, wechatText } from "./fake-wechat.js";

const SMTP_PASSWORD = "smtp-pass-Xq81vLw";
const WECHAT = {
  appId: "wx9a8b7c6d5e4f3a2b",
  appSecret: "wx-secret-Jd72kQpz",
  token: "cbtokenR4nd0m77",
  aesKey: "Zyxwvutsrqponmlkjihgfedcba9876543210ZYXWVUT",
};
const WOO_WEBHOOK_SECRET = "woo-hook-secret-Lp09aa";

/** An SMTP server that wants a login, as the shop's mail provider would. */
async function authSmtp(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "help@shop.example" && auth.password === SMTP_PASSWORD) return callback(null, { user: 1 });
      return callback(new Error("Invalid username or password"));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(["sqlite", "postgres"] as const)(
  "connecting the shop platform and the email and WeChat channels in admin on %s",
  (name) => {
    let raw: RawDatabase;
    let server: KefuServer;
    let smtp: Awaited<ReturnType<typeof authSmtp>>;
    let wx: Awaited<ReturnType<typeof fakeWechat>>;
    let woo: FakeWoo;

    beforeAll(async () => {
      raw = await openRawDatabase(name);
      smtp = await authSmtp();
      wx = await fakeWechat(WECHAT);
      woo = await startFakeWoo({ orders: 2 });
      server = await createServer(
        {
          ...loadConfig({}),
          databaseUrl: raw.databaseUrl,
          dataDir: raw.dir,
          sqlitePath: raw.sqlitePath,
          dataKey: { key: testDataKey(`channels ${name}`).secret.toString("base64"), keyFile: undefined },
          logLevel: "silent",
        },
        { demo: true, listen: false, logger: silentLogger, ...defaultServerWiring({ jobs: false }) },
      );
    }, 180_000);
    afterAll(async () => {
      await smtp?.close();
      wx?.server.close();
      await woo?.close();
      await raw?.destroy();
    });

    it("checks the credentials, keeps them sealed, uses them at once, shows status without secrets, and disconnects", async () => {
      const { app } = server;
      const { email, password } = DEMO_STAFF[0];
      const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
      const admin = { authorization: `Bearer ${login.json().token}` };
      const call = (method: "GET" | "PUT" | "DELETE", url: string, payload?: object) =>
        app.inject({ method, url: `/api/v1${url}`, headers: admin, ...(payload ? { payload } : {}) });
      const smtpUrl = (pass: string) => `smtp://help%40shop.example:${pass}@127.0.0.1:${smtp.port}?ignoreTLS=true`;
      const wechatBody = { kind: "wechat", ...WECHAT, apiBase: wx.url };

      expect((await call("GET", "/channels")).json()).toMatchObject({
        email: { connected: false, delivery: { unsent: 0, failedSends: 0 } },
        wechat: { connected: false },
      });
      // Wrong secrets are refused before anything is kept.
      const badMail = await call("PUT", "/channels/email", {
        kind: "email",
        smtpUrl: smtpUrl("nope"),
        from: "help@shop.example",
      });
      expect(badMail.statusCode).toBe(403);
      expect(badMail.json().error.code).toBe("CHANNEL_REFUSED");
      const badWechat = await call("PUT", "/channels/wechat", { ...wechatBody, appSecret: "wrong" });
      expect(badWechat.json().error.code).toBe("CHANNEL_REFUSED");

      const mail = await call("PUT", "/channels/email", {
        kind: "email",
        smtpUrl: smtpUrl(SMTP_PASSWORD),
        from: "help@shop.example",
        fromName: "Shop Support",
      });
      expect(mail.json()).toMatchObject({ connected: true, source: "admin", account: "help@shop.example" });
      expect((await call("PUT", "/channels/wechat", wechatBody)).statusCode).toBe(200);
      const platform = await call("PUT", "/platform", {
        kind: "woocommerce",
        url: woo.url,
        consumerKey: woo.key,
        consumerSecret: woo.secret,
        webhookSecret: WOO_WEBHOOK_SECRET,
      });
      expect(platform.statusCode).toBe(200);
      // An outbound webhook's signing secret is a credential too.
      const hook = await app.inject({
        method: "POST",
        url: "/api/v1/webhooks",
        headers: admin,
        payload: { url: "https://crm.example/kefu-events", events: ["conversation.created"] },
      });
      const hookSecret: string = hook.json().secret;
      expect(hookSecret).toMatch(/^whsec_/);

      // The callback verifies with the token and key just connected: no restart, no environment.
      const ts = String(Math.floor(Date.now() / 1000));
      const echo = await app.inject({
        method: "GET",
        url: `/api/v1/channels/wechat/callback?signature=${wechatSignature([WECHAT.token, ts, "n1"])}&timestamp=${ts}&nonce=n1&echostr=hi42`,
      });
      expect(echo.body).toBe("hi42");
      const delivered = await app.inject(wechatCallback(WECHAT, wechatText("o_follower_1", "9001", "你好")));
      expect(delivered.body).toBe("success");

      // The bot answered; with no job runner here the reply waits, and the status says so.
      let status = (await call("GET", "/channels")).json();
      for (let i = 0; i < 100 && status.wechat.delivery.unsent === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = (await call("GET", "/channels")).json();
      }
      expect(status).toMatchObject({
        email: { connected: true, source: "admin", account: "help@shop.example", delivery: { unsent: 0 } },
        wechat: { connected: true, source: "admin", account: WECHAT.appId, delivery: { unsent: 1, failedSends: 0 } },
      });
      const shown = JSON.stringify(status) + (await call("GET", "/platform")).body;
      const secrets = [SMTP_PASSWORD, WECHAT.appSecret, WECHAT.token, WECHAT.aesKey, woo.secret, WOO_WEBHOOK_SECRET];
      const listed = (await call("GET", "/webhooks")).body;
      expect(listed).toContain("crm.example");
      expect(listed).not.toContain(hookSecret);
      secrets.push(hookSecret);
      expect(plainTextFound(shown, secrets)).toEqual([]);

      expect((await call("DELETE", "/channels/wechat")).json()).toEqual({ ok: true });
      expect((await call("GET", "/channels")).json().wechat.connected).toBe(false);
      const afterDisconnect = await app.inject(wechatCallback(WECHAT, wechatText("o_follower_1", "9002", "在吗")));
      expect(afterDisconnect.statusCode).toBe(404);

      await server.close();
      const text = await raw.rawText();
      // The dump holds the connections (their accounts are plain), only their secrets are sealed.
      expect(text).toContain("help@shop.example");
      expect(text).toContain("webhook_endpoints");
      expect(plainTextFound(text, secrets)).toEqual([]);
    }, 120_000);
  },
);
