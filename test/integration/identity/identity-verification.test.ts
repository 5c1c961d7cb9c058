import { existsSync } from "node:fs";
import { join } from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED_DATA } from "../../../bench/shared-data-dir.js";
import { importShop } from "../../../src/application/use-cases/shop-data/import-shop.js";
import { readImportFile } from "../../../src/infrastructure/import/read-import-file.js";
import { removeFixtureNlu } from "../../conversations/fixtures/conversation-harness.js";
import { SARA, SARA_ORDERS, WANG, WANG_ORDERS } from "../../conversations/fixtures/fixture-shop.js";
import type { TargetName } from "../storage/store-targets.js";
import { codeIn, type IdentityApp, mailTo, openIdentityApp, textOf } from "./identity-app.js";

const TAU2_DB = join(SHARED_DATA, "tau2-retail", "db.json");

/** Everything a stranger must not learn about Sara or Wang. */
const SECRETS = [
  ...SARA_ORDERS.map((o) => o.id),
  ...WANG_ORDERS.map((o) => o.id),
  SARA.defaultAddress.line1,
  SARA.defaultAddress.city,
  WANG.defaultAddress.line1,
  "Sara",
  "Doe",
  "小明",
  "王",
  "4242",
];

function learnsNothing(text: string): void {
  for (const secret of SECRETS) expect(text, `reply leaks ${secret}`).not.toContain(secret);
}

const SIGN_SECRET_MIN = 32;

async function sign(secret: string, sub: string, expiresInSeconds: number, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}

describe.each<TargetName>(["sqlite", "postgres"])("identity verification on %s", (target) => {
  let t: IdentityApp;
  let ipSeq = 0;
  const freshIp = () => `10.${target === "sqlite" ? 1 : 2}.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

  beforeAll(async () => {
    t = await openIdentityApp(target);
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    removeFixtureNlu();
  });

  describe("knowledge factors (default: two facts)", () => {
    it.each([
      ["an email", "en", "sara.doe@example.com"],
      ["a phone number", "en", "my phone is +1 415 555 0123"],
      ["a Chinese phone sentence", "zh", "我的手机号是13800138000"],
    ])("a stranger with another customer's %s learns nothing and cannot act", async (_what, locale, fact) => {
      const chat = await t.open(freshIp(), { locale });
      const asked = await chat.say(locale === "zh" ? "我要取消订单" : "I want to cancel my order");
      const answered = await chat.say(fact);
      const pushed = await chat.say(locale === "zh" ? "取消订单，不想要了，确认" : "cancel it, yes");
      for (const r of [asked, answered, pushed]) learnsNothing(textOf(r));
      expect(JSON.stringify([asked, answered, pushed])).not.toMatch(/#W[12]0000/);
      const conversation = await t.store.conversations.get(chat.id);
      expect(conversation?.verifiedCustomerId).toBeUndefined();
      const orders = await t.app.inject({ method: "GET", url: "/api/v1/widget/orders", headers: chat.headers });
      expect(orders.statusCode).toBe(403);
      for (const o of [...SARA_ORDERS, ...WANG_ORDERS]) {
        expect((await t.store.orders.get(o.id))?.status).toBe(o.status);
      }
    });

    it("unknown and known emails get byte-identical replies, alone and with an order number", async () => {
      for (const [known, unknown] of [
        ["sara.doe@example.com", "nobody.here@example.com"],
        ["sara.doe@example.com #W2000002", "nobody.else@example.com #W2000002"],
        ["wang.xm@example.cn", "ghost@example.cn"],
        ["13800138000", "13900000000"],
      ] as const) {
        const a = await t.open(freshIp());
        const b = await t.open(freshIp());
        const first = [await a.say("where is my order?"), await b.say("where is my order?")];
        expect(first[0]).toEqual(first[1]);
        const replyKnown = await a.say(known);
        const replyUnknown = await b.say(unknown);
        expect(JSON.stringify(replyKnown)).toBe(JSON.stringify(replyUnknown));
        learnsNothing(textOf(replyKnown));
      }
    });

    it("two facts of the same customer verify; the name is said only once verified", async () => {
      const chat = await t.open(freshIp());
      await chat.say("where is my order?");
      const partial = await chat.say("sara.doe@example.com");
      expect(textOf(partial)).toMatch(/also send one of your order numbers/);
      learnsNothing(textOf(partial));
      const verified = await chat.say("#W1000003");
      expect(textOf(verified)).toMatch(/Thank you, Sara Doe, you're verified/);
      expect((await t.store.conversations.get(chat.id))?.verifiedCustomerId).toBe(SARA.id);
      const audit = await t.store.audit.list({ action: "identity.verify", entityId: chat.id });
      expect(audit.items[0]?.details).toEqual({ method: "knowledge:email_order" });
    });

    it("another customer's order number with my email does not verify", async () => {
      const chat = await t.open(freshIp());
      await chat.say("where is my order?");
      const reply = await chat.say("sara.doe@example.com, order #W2000001");
      expect(textOf(reply)).toMatch(/couldn't verify those details/);
      expect((await t.store.conversations.get(chat.id))?.verifiedCustomerId).toBeUndefined();
    });
  });

  describe("lockout", () => {
    it("locks a customer after 5 failures from 5 different clients; the right facts then get the neutral reply", async () => {
      for (let i = 0; i < 5; i++) {
        const chat = await t.open(freshIp());
        await chat.say("where is my order?");
        const reply = await chat.say(`wang.xm@example.cn #W100000${i % 3}`);
        expect(textOf(reply)).toMatch(/无法核实|couldn't verify/);
      }
      const victim = await t.open(freshIp());
      await victim.say("where is my order?");
      const locked = await victim.say("wang.xm@example.cn #W2000001");
      expect(textOf(locked)).toMatch(/couldn't verify those details/);
      expect(textOf(locked)).toMatch(/human agent/);
      expect(locked.at(-1)?.payload).toMatchObject({ quickReplies: [{ value: "Talk to a human" }] });
      expect((await t.store.conversations.get(victim.id))?.verifiedCustomerId).toBeUndefined();
      const audit = await t.store.audit.list({ action: "identity.lockout" });
      expect(audit.items.some((e) => e.entityId === `customer:${WANG.id}` && e.entityType === "customer")).toBe(true);
      // An unknown email tried as often looks exactly the same: locking reveals no account.
      for (let i = 0; i < 5; i++) {
        const chat = await t.open(freshIp());
        await chat.say("where is my order?");
        await chat.say(`no.account@example.cn #W100000${i % 3}`);
      }
      const probe = await t.open(freshIp());
      await probe.say("where is my order?");
      const probeUnknown = await probe.say("no.account@example.cn #W2000001");
      const probeKnown = await (async () => {
        const c = await t.open(freshIp());
        await c.say("where is my order?");
        return c.say("wang.xm@example.cn #W2000001");
      })();
      expect(JSON.stringify(probeUnknown)).toBe(JSON.stringify(probeKnown));
      // After the window the customer can verify again.
      t.clock.advance(16 * 60_000);
      const later = await t.open(freshIp());
      await later.say("where is my order?");
      expect(textOf(await later.say("wang.xm@example.cn #W2000001"))).toMatch(/you're verified|身份已核实/);
    });

    it("locks a client (IP) across conversations after 10 failures, even for a customer never tried", async () => {
      const ip = freshIp();
      for (let i = 0; i < 10; i++) {
        const chat = await t.open(ip);
        await chat.say("where is my order?");
        await chat.say(`guess${i}@example.com #W1000001`);
      }
      const chat = await t.open(ip);
      await chat.say("where is my order?");
      const reply = await chat.say("sara.doe@example.com #W1000003");
      expect(textOf(reply)).toMatch(/human agent/);
      expect((await t.store.conversations.get(chat.id))?.verifiedCustomerId).toBeUndefined();
      const audit = await t.store.audit.list({ action: "identity.lockout" });
      expect(audit.items.some((e) => e.entityType === "client")).toBe(true);
      // The same shopper from another client is not affected.
      const elsewhere = await t.open(freshIp());
      await elsewhere.say("where is my order?");
      expect(textOf(await elsewhere.say("sara.doe@example.com #W1000003"))).toMatch(/Sara Doe, you're verified/);
    });
  });

  describe("signed identity", () => {
    it("only admins read and change the identity settings", async () => {
      const agent = await t.agent();
      expect((await t.app.inject({ method: "GET", url: "/api/v1/settings/identity", headers: agent })).statusCode).toBe(
        403,
      );
      expect((await t.app.inject({ method: "GET", url: "/api/v1/settings/identity" })).statusCode).toBe(401);
      const rotate = await t.app.inject({
        method: "POST",
        url: "/api/v1/settings/identity/rotate-secret",
        headers: agent,
      });
      expect(rotate.statusCode).toBe(403);
    });

    it("accepts a shopper signed by the shop's backend and refuses forged, expired and long-lived tokens", async () => {
      const admin = await t.admin();
      const off = await t
        .open(freshIp(), { identity: await sign("x".repeat(40), SARA.id, 300, t.clock.now()) })
        .catch((e: Error) => e);
      expect(String(off)).toMatch(/401.*IDENTITY_SIGNATURE_INVALID/);
      const current = (await t.app.inject({ method: "GET", url: "/api/v1/settings/identity", headers: admin })).json();
      const put = await t.app.inject({
        method: "PUT",
        url: "/api/v1/settings/identity",
        headers: admin,
        payload: { ...current, signed: { enabled: true, maxLifetimeMinutes: 60 } },
      });
      expect(put.statusCode, put.body).toBe(200);
      const secret: string = put.json().signed.secret;
      expect(secret.length).toBeGreaterThanOrEqual(SIGN_SECRET_MIN);
      const now = t.clock.now();

      const chat = await t.open(freshIp(), { identity: await sign(secret, SARA.id, 600, now) });
      expect((await t.store.conversations.get(chat.id))?.verifiedCustomerId).toBe(SARA.id);
      const orders = await t.app.inject({ method: "GET", url: "/api/v1/widget/orders", headers: chat.headers });
      expect(
        orders
          .json()
          .items.map((o: { id: string }) => o.id)
          .sort(),
      ).toEqual(SARA_ORDERS.map((o) => o.id).sort());
      const status = await chat.say("where is order #W1000003?");
      expect(textOf(status)).toMatch(/#W1000003 is shipped/);

      const rejected = async (token: string) => {
        const res = await t.app.inject({
          method: "POST",
          url: "/api/v1/widget/conversations",
          payload: { identity: token },
          remoteAddress: freshIp(),
        });
        return { status: res.statusCode, code: res.json().error?.code ?? res.json().code };
      };
      const expected = { status: 401, code: "IDENTITY_SIGNATURE_INVALID" };
      expect(await rejected(await sign(`${secret}x`, SARA.id, 600, now))).toEqual(expected);
      expect(await rejected(await sign(secret, SARA.id, -120, now))).toEqual(expected);
      expect(await rejected(await sign(secret, SARA.id, 3 * 3600, now))).toEqual(expected);
      expect(await rejected(await sign(secret, "nobody_0", 600, now))).toEqual(expected);
      const [header, payload] = (await sign(secret, SARA.id, 600, now)).split(".");
      const none = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${payload}.`;
      expect(header).toBeTruthy();
      expect(await rejected(none)).toEqual(expected);

      const rotated = await t.app.inject({
        method: "POST",
        url: "/api/v1/settings/identity/rotate-secret",
        headers: admin,
      });
      expect(rotated.statusCode).toBe(200);
      expect(rotated.json().signed.secret).not.toBe(secret);
      expect(await rejected(await sign(secret, SARA.id, 600, now))).toEqual(expected);
      const audit = await t.store.audit.list({ action: "settings.identity.rotate_secret" });
      expect(JSON.stringify(audit.items)).not.toContain(rotated.json().signed.secret);
    });
  });

  describe("one-time codes", () => {
    async function enableOtp(): Promise<void> {
      const admin = await t.admin();
      const current = (await t.app.inject({ method: "GET", url: "/api/v1/settings/identity", headers: admin })).json();
      const { secret: _secret, ...signed } = current.signed;
      const put = await t.app.inject({
        method: "PUT",
        url: "/api/v1/settings/identity",
        headers: admin,
        payload: {
          ...current,
          signed,
          otp: { ...current.otp, enabled: true, smtpUrl: t.smtpUrl, mailFrom: "shop@identity.test" },
        },
      });
      expect(put.statusCode, put.body).toBe(200);
    }

    it("sends a code to the email on file through SMTP; a wrong code fails, the right one verifies", async () => {
      await enableOtp();
      const chat = await t.open(freshIp());
      await chat.say("where is my order?");
      const sent = await chat.say("sara.doe@example.com");
      expect(textOf(sent)).toMatch(/sent a 6-digit code to the email address on file/);
      const mail = await mailTo(t.mails, SARA.email);
      expect(mail.body).toMatch(/verification code/i);
      const code = codeIn(mail);
      const stored = await t.store.identity.latestChallenge(chat.id);
      expect(stored?.codeHash).not.toContain(code);
      const wrong = code === "000000" ? "111111" : "000000";
      expect(textOf(await chat.say(wrong))).toMatch(/doesn't match/);
      expect(textOf(await chat.say(code))).toMatch(/Sara Doe, you're verified/);
      expect((await t.store.conversations.get(chat.id))?.verifiedCustomerId).toBe(SARA.id);
    });

    it("an unknown email gets the same reply and no mail; known and unknown wrong codes read alike", async () => {
      const a = await t.open(freshIp());
      const b = await t.open(freshIp());
      await a.say("where is my order?");
      await b.say("where is my order?");
      const before = t.mails.length;
      const known = await a.say("wang.xm@example.cn");
      const unknown = await b.say("missing.person@example.cn");
      expect(JSON.stringify(known)).toBe(JSON.stringify(unknown));
      await mailTo(t.mails, WANG.email);
      expect(t.mails.slice(before).every((m) => m.to === WANG.email)).toBe(true);
      expect(JSON.stringify(await a.say("123456"))).toBe(JSON.stringify(await b.say("123456")));
    });

    it("a code expires after 10 minutes and dies after 5 wrong tries", async () => {
      const late = await t.open(freshIp());
      await late.say("where is my order?");
      const mailsBefore = t.mails.filter((m) => m.to === SARA.email).length;
      t.clock.advance(120_000); // past the resend throttle of the earlier test
      await late.say("sara.doe@example.com");
      const code = codeIn(await mailTo(t.mails, SARA.email, mailsBefore + 1));
      t.clock.advance(11 * 60_000);
      expect(textOf(await late.say(code))).toMatch(/expired/);
      expect((await t.store.conversations.get(late.id))?.verifiedCustomerId).toBeUndefined();

      const tries = await t.open(freshIp());
      await tries.say("where is my order?");
      await tries.say("sara.doe@example.com");
      const fresh = codeIn(await mailTo(t.mails, SARA.email, mailsBefore + 2));
      const wrong = fresh === "000000" ? "111111" : "000000";
      const answers: string[] = [];
      for (let i = 0; i < 5; i++) answers.push(textOf(await tries.say(wrong)));
      expect(answers.slice(0, 4).every((a) => /doesn't match/.test(a))).toBe(true);
      // The fifth wrong code ends the code (and, counted on the customer, locks verification for a while).
      expect(answers[4]).toMatch(/expired|human agent/);
      expect(textOf(await tries.say(fresh))).not.toMatch(/verified/);
      expect((await t.store.conversations.get(tries.id))?.verifiedCustomerId).toBeUndefined();
    });
  });

  describe("the τ² rule", () => {
    it("is selected when the τ² policy is saved, and then an email alone verifies", async () => {
      t.clock.advance(16 * 60_000); // past the lockout the wrong codes above caused
      const admin = await t.admin();
      const policy = (await t.app.inject({ method: "GET", url: "/api/v1/settings/policy", headers: admin })).json();
      const put = await t.app.inject({
        method: "PUT",
        url: "/api/v1/settings/policy",
        headers: admin,
        payload: { ...policy, name: "tau2" },
      });
      expect(put.statusCode, put.body).toBe(200);
      const identity = (await t.app.inject({ method: "GET", url: "/api/v1/settings/identity", headers: admin })).json();
      expect(identity.knowledge.rule).toBe("tau2");
      const { secret: _s, ...signed } = identity.signed;
      await t.app.inject({
        method: "PUT",
        url: "/api/v1/settings/identity",
        headers: admin,
        payload: { ...identity, signed, otp: { ...identity.otp, enabled: false } },
      });
      const chat = await t.open(freshIp());
      await chat.say("where is my order?");
      expect(textOf(await chat.say("sara.doe@example.com"))).toMatch(/Sara Doe, you're verified/);
    });

    it.runIf(target === "sqlite" && existsSync(TAU2_DB))("is selected by importing the τ² db.json", async () => {
      await t.store.settings.set("identity", undefined);
      const source = await readImportFile(TAU2_DB);
      const report = await importShop(t.store, source.doc, { format: source.format });
      expect(report.ok).toBe(true);
      expect(await t.store.settings.get("identity")).toMatchObject({ knowledge: { rule: "tau2" } });
    });
  });
});
