import type { FastifyInstance } from "fastify";
import { SMTPServer } from "smtp-server";
import { createDialogAgent } from "../../../src/application/agent/create-dialog-agent.js";
import type { Store } from "../../../src/application/ports/store.js";
import { createStaffUser } from "../../../src/application/use-cases/staff/create-staff-user.js";
import { TAU2_POLICY } from "../../../src/domain/policy/shop-policy.js";
import { buildApp } from "../../../src/drivers/http/build-app.js";
import { createCodeSender } from "../../../src/infrastructure/identity/mail-and-webhook-code-sender.js";
import { JiebaSegmenter } from "../../../src/infrastructure/nlu/jieba-segmenter.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { randomSessionTokens } from "../../../src/infrastructure/security/random-session-tokens.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { fixtureNlu } from "../../conversations/fixtures/conversation-harness.js";
import { seedFixtureShop } from "../../conversations/fixtures/fixture-shop.js";
import { SECRET, testPasswords } from "../fixtures/test-app.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";

export const ADMIN = { email: "admin@identity.test", password: "admin-password-1" };
export const AGENT = { email: "agent@identity.test", password: "agent-password-1" };

export interface Mail {
  to: string;
  body: string;
}

/** A reply as the shopper sees it, without ids and times: what two replies are compared on. */
export interface SeenReply {
  text: string;
  payload: unknown;
}

export interface IdentityApp {
  app: FastifyInstance;
  store: Store;
  clock: ReturnType<typeof fixedClock>;
  /** Mails the in-process SMTP server received. */
  mails: Mail[];
  smtpUrl: string;
  admin(): Promise<{ authorization: string }>;
  agent(): Promise<{ authorization: string }>;
  /** Opens a widget chat from `ip`; returns its id and bearer header. */
  open(ip: string, body?: Record<string, unknown>): Promise<Chat>;
  close(): Promise<void>;
}

export interface Chat {
  id: string;
  headers: { authorization: string };
  ip: string;
  say(text: string): Promise<SeenReply[]>;
}

/** The fixture shop (Sara, Wang) behind the real HTTP app and dialog agent, on SQLite or PostgreSQL. */
export async function openIdentityApp(name: TargetName): Promise<IdentityApp> {
  const target: StoreTarget = await openTarget(name);
  const store = await target.open();
  await seedFixtureShop(store);
  const clock = fixedClock(new Date());
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        mails.push({ to, body: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  const address = smtp.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const eventBus = createLocalEventBus();
  const agent = createDialogAgent({
    store,
    clock,
    ids: randomIds,
    logger: silentLogger,
    nlu: await fixtureNlu(),
    segmenter: new JiebaSegmenter(),
    loadPolicy: async () => TAU2_POLICY,
    codeSender: createCodeSender(),
  });
  const app = await buildApp({
    store,
    clock,
    ids: randomIds,
    logger: silentLogger,
    eventBus,
    agent,
    secret: SECRET,
    passwords: testPasswords,
  });
  await app.ready();
  const staff = { store, clock, ids: randomIds, passwords: testPasswords, tokens: randomSessionTokens };
  const actor = { type: "system" as const, id: "test" };
  await createStaffUser(staff, { ...ADMIN, role: "admin", name: "admin", actor });
  await createStaffUser(staff, { ...AGENT, role: "agent", name: "agent", actor });
  const login = async (who: typeof ADMIN) => {
    const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: who });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
    return { authorization: `Bearer ${res.json().token}` };
  };
  let n = 0;
  return {
    app,
    store,
    clock,
    mails,
    smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    admin: () => login(ADMIN),
    agent: () => login(AGENT),
    async open(ip, body = {}) {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/widget/conversations",
        payload: { locale: "en", ...body },
        remoteAddress: ip,
      });
      if (res.statusCode !== 201) throw new Error(`open failed: ${res.statusCode} ${res.body}`);
      const opened = res.json();
      const headers = { authorization: `Bearer ${opened.token}` };
      const id: string = opened.conversation.id;
      return {
        id,
        headers,
        ip,
        async say(text) {
          clock.advance(1000);
          const posted = await app.inject({
            method: "POST",
            url: `/api/v1/widget/conversations/${id}/messages`,
            headers,
            payload: { text, clientMessageId: `m-${++n}` },
            remoteAddress: ip,
          });
          if (posted.statusCode !== 201) throw new Error(`say failed: ${posted.statusCode} ${posted.body}`);
          return posted.json().replies.map((r: SeenReply) => ({ text: r.text, payload: r.payload }));
        },
      };
    },
    async close() {
      await app.close();
      await eventBus.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await target.destroy();
    },
  };
}

export const textOf = (replies: readonly SeenReply[]): string => replies.map((r) => r.text).join("\n");

/** Waits for a mail to `to` (codes are sent after the reply, not before it). */
export async function mailTo(mails: readonly Mail[], to: string, count = 1, timeoutMs = 10_000): Promise<Mail> {
  const started = Date.now();
  for (;;) {
    const found = mails.filter((m) => m.to === to);
    if (found.length >= count) {
      const mail = found[count - 1];
      if (mail) return mail;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`no mail to ${to} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The six-digit code of a mail. */
export function codeIn(mail: Mail): string {
  const code = /\b(\d{6})\b/.exec(mail.body.replace(/=\r?\n/g, ""))?.[1];
  if (!code) throw new Error(`no code in mail: ${mail.body}`);
  return code;
}
