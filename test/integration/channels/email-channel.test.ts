import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import type { EmailChannelDeps } from "../../../src/application/use-cases/channels/email-channel-deps.js";
import { receiveEmail } from "../../../src/application/use-cases/channels/receive-email.js";
import { registerEmailChannel } from "../../../src/application/use-cases/channels/register-email-channel.js";
import { postAgentMessage } from "../../../src/application/use-cases/conversations/post-agent-message.js";
import { createLocalAttachmentStore } from "../../../src/infrastructure/attachments/local-attachment-store.js";
import { createNodemailerEmailSender } from "../../../src/infrastructure/channels/nodemailer-email-sender.js";
import { startSmtpIngress } from "../../../src/infrastructure/channels/smtp-ingress.js";
import type { LocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { channelTestDeps } from "./channel-test-deps.js";
import { echoAgent } from "./echo-agent.js";

const bot = echoAgent({
  greeting: "Hi, I am the shop assistant.",
  prefix: "Got: ",
  buttons: [
    { label: "Yes", value: "yes" },
    { label: "No", value: "no" },
  ],
  buttonsApart: "Anything else?",
});

/** The shopper's mail server: catches what Kefu sends out. */
async function mailCatcher(): Promise<{ port: number; mails: ParsedMail[]; close(): Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each<TargetName>(["sqlite", "postgres"])("email channel on %s (real SMTP both ways)", (name) => {
  let target: StoreTarget;
  let store: Store;
  let dir: string;
  let catcher: Awaited<ReturnType<typeof mailCatcher>>;
  let ingress: Awaited<ReturnType<typeof startSmtpIngress>>;
  let deps: EmailChannelDeps;
  let queue: LocalJobQueue;
  let stop: () => void;
  const shopper = () =>
    nodemailer.createTransport({ host: "127.0.0.1", port: ingress.port, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    target = await openTarget(name);
    store = await target.open();
    dir = mkdtempSync(join(tmpdir(), "kefu-email-"));
    catcher = await mailCatcher();
    const base = channelTestDeps(store, bot);
    queue = base.queue;
    deps = {
      ...base,
      sender: createNodemailerEmailSender({
        smtpUrl: `smtp://127.0.0.1:${catcher.port}?ignoreTLS=true`,
        from: "help@shop.example",
        fromName: "Shop Support",
      }),
      attachments: createLocalAttachmentStore(join(dir, "attachments")),
    };
    stop = registerEmailChannel(queue, deps);
    ingress = await startSmtpIngress({
      host: "127.0.0.1",
      port: 0,
      accepts: async (address) => address.toLowerCase() === "help@shop.example",
      logger: silentLogger,
      onEmail: async (email) => void (await receiveEmail(deps, email)),
    });
  });
  afterAll(async () => {
    stop();
    await ingress.close();
    await catcher.close();
    await target.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a shopper's email opens a conversation, the bot's answer comes back as a threaded reply, and the thread continues", async () => {
    const first = await shopper().sendMail({
      from: "Anna Lee <Anna.Lee@example.com>",
      to: "help@shop.example",
      subject: "Where is my order?",
      text: "Hi, where is W0010004? The box looked damaged, photo attached.\n\nSent from my iPhone",
      attachments: [
        { filename: "box.png", content: Buffer.from("89504e470d0a1a0a0000", "hex"), contentType: "image/png" },
      ],
    });
    await queue.drainDue();
    expect(catcher.mails).toHaveLength(1);
    const reply = catcher.mails[0];
    expect(reply?.to && "text" in reply.to ? reply.to.text : "").toContain("anna.lee@example.com");
    expect(reply?.subject).toBe("Re: Where is my order?");
    expect(reply?.inReplyTo).toBe(first.messageId);
    expect(reply?.text).toContain("Got: Hi, where is W0010004? The box looked damaged, photo attached.");
    expect(reply?.text).not.toContain("iPhone");
    expect(reply?.text).not.toContain("shop assistant"); // the widget greeting is not emailed
    expect(reply?.text).toContain("You can reply with one of:\n  - Yes\n  - No");

    const conversations = await store.conversations.list({ limit: 10 });
    const conversation = conversations.items.find((c) => c.channel === "email");
    expect(conversation).toBeDefined();
    const id = conversation?.id ?? "";
    const messages = await store.messages.listSince(id, 0);
    const customer = messages.filter((m) => m.author === "customer");
    expect(customer).toHaveLength(1);
    const attachments = customer[0]?.payload.attachments as { id: string; filename: string }[];
    expect(attachments[0]?.filename).toBe("box.png");
    const file = await deps.attachments.get(attachments[0]?.id ?? "");
    expect(Buffer.from(file?.content ?? []).toString("hex")).toBe("89504e470d0a1a0a0000");

    // The shopper answers in the thread, quoting the bot: only the new line reaches the bot.
    await shopper().sendMail({
      from: "anna.lee@example.com",
      to: "help@shop.example",
      subject: "Re: Where is my order?",
      inReplyTo: reply?.messageId,
      references: [first.messageId, reply?.messageId ?? ""],
      text: `No, that's all, thanks!\n\nOn Thu, 4 Dec 2026 at 10:00, Shop Support <help@shop.example> wrote:\n> ${reply?.text?.split("\n")[0]}`,
    });
    await queue.drainDue();
    const after = await store.messages.listSince(id, 0);
    expect(after.filter((m) => m.author === "customer").map((m) => m.text)).toEqual([
      "Hi, where is W0010004? The box looked damaged, photo attached.",
      "No, that's all, thanks!",
    ]);
    expect(catcher.mails).toHaveLength(2);
    expect(catcher.mails[1]?.inReplyTo).not.toBe(first.messageId);
    expect(catcher.mails[1]?.text).toContain("Got: No, that's all, thanks!");
    expect(catcher.mails[1]?.references).toContain(first.messageId);

    // An agent's reply goes out by email; an internal note never does.
    const staff = { id: "usr_agent", email: "agent@shop.example", name: "Li", role: "agent" as const };
    await store.staff.upsert({ ...staff, passwordHash: "x", disabled: false, createdAt: systemClock.nowIso() });
    await postAgentMessage(deps, {
      conversationId: id,
      staffId: staff.id,
      text: "Secret note",
      clientMessageId: "n1",
      internal: true,
    });
    await postAgentMessage(deps, {
      conversationId: id,
      staffId: staff.id,
      text: "I have checked with the courier.",
      clientMessageId: "r1",
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await queue.drainDue();
    expect(catcher.mails).toHaveLength(3);
    expect(catcher.mails[2]?.text).toContain("I have checked with the courier.");
    expect(catcher.mails.map((m) => m.text).join("\n")).not.toContain("Secret note");
  });

  it("a re-delivered email changes nothing; a stranger replying into the thread gets a conversation of their own; unknown inboxes are refused", async () => {
    const raw = {
      from: "bob@example.com",
      to: "help@shop.example",
      subject: "发票问题",
      text: "我需要开发票，订单 W0020001",
      messageId: `<fixed-${name}@example.com>`,
    };
    await shopper().sendMail(raw);
    await shopper().sendMail(raw);
    await queue.drainDue();
    const all = await store.conversations.list({ limit: 50 });
    const bobs = [];
    for (const c of all.items.filter((x) => x.channel === "email")) {
      const thread = await store.channelThreads.get(c.id);
      if (thread?.contact === "bob@example.com") bobs.push(c);
    }
    expect(bobs).toHaveLength(1);
    expect(bobs[0]?.locale).toBe("zh");
    const bobMessages = await store.messages.listSince(bobs[0]?.id ?? "", 0);
    expect(bobMessages.filter((m) => m.author === "customer")).toHaveLength(1);
    const bobReply = catcher.mails.find((m) => m.inReplyTo === `<fixed-${name}@example.com>`);
    expect(bobReply?.text).toContain("直接回复此邮件");

    await shopper().sendMail({
      from: "mallory@example.com",
      to: "help@shop.example",
      subject: "Re: 发票问题",
      inReplyTo: bobReply?.messageId,
      text: "show me bob's orders",
    });
    const again = await store.messages.listSince(bobs[0]?.id ?? "", 0);
    expect(again.filter((m) => m.author === "customer")).toHaveLength(1);

    await expect(
      shopper().sendMail({ from: "x@example.com", to: "someone-else@shop.example", subject: "hi", text: "hi" }),
    ).rejects.toThrow(/550|No such inbox/);
  });
});
