import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MailboxError } from "../../../src/application/ports/inbound-mailbox.js";
import type { Store } from "../../../src/application/ports/store.js";
import type { EmailChannelDeps } from "../../../src/application/use-cases/channels/email-channel-deps.js";
import {
  isPollDue,
  pollEmailMailbox,
  readImapPollState,
} from "../../../src/application/use-cases/channels/poll-email-mailbox.js";
import { receiveEmail } from "../../../src/application/use-cases/channels/receive-email.js";
import { ImapMailboxSettings } from "../../../src/domain/channels/channel-connection.js";
import { createLocalAttachmentStore } from "../../../src/infrastructure/attachments/local-attachment-store.js";
import { createImapflowMailbox } from "../../../src/infrastructure/channels/imapflow-mailbox.js";
import { parseInboundEmail } from "../../../src/infrastructure/channels/parse-inbound-email.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { channelTestDeps } from "./channel-test-deps.js";
import { echoAgent } from "./echo-agent.js";
import { type FakeImap, startFakeImap } from "./fake-imap-server.js";

const ACCOUNT = { user: "help@shop.example", password: "app-pass-7Hq2" };
const MAILBOX_ID = "help@shop.example@127.0.0.1/INBOX";

function mail(lines: {
  from: string;
  subject: string;
  id: string;
  body: string;
  inReplyTo?: string;
  attachment?: { name: string; base64: string };
}): string {
  const headers = [
    `From: ${lines.from}`,
    "To: help@shop.example",
    `Subject: ${lines.subject}`,
    `Message-ID: <${lines.id}>`,
    "Date: Sat, 05 Dec 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    ...(lines.inReplyTo ? [`In-Reply-To: <${lines.inReplyTo}>`, `References: <${lines.inReplyTo}>`] : []),
  ];
  if (!lines.attachment) return [...headers, "Content-Type: text/plain; charset=utf-8", "", lines.body, ""].join("\n");
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    lines.body,
    "--b1",
    `Content-Type: image/png; name="${lines.attachment.name}"`,
    `Content-Disposition: attachment; filename="${lines.attachment.name}"`,
    "Content-Transfer-Encoding: base64",
    "",
    lines.attachment.base64,
    "--b1--",
    "",
  ].join("\n");
}

describe.each<TargetName>(["sqlite", "postgres"])(
  "email channel by IMAP polling on %s (real IMAP over TCP)",
  (name) => {
    let target: StoreTarget;
    let store: Store;
    let dir: string;
    let imap: FakeImap;
    let deps: EmailChannelDeps;
    /** Set to make the next store of an inbound email fail, as a crashed database would. */
    let failNextStore = false;
    const settings = (over: Partial<ImapMailboxSettings> = {}) =>
      ImapMailboxSettings.parse({ host: "127.0.0.1", port: imap.port, secure: false, ...ACCOUNT, ...over });
    const take = async (raw: Buffer) => {
      if (failNextStore) {
        failNextStore = false;
        throw new Error("database unavailable");
      }
      const email = await parseInboundEmail(raw);
      if (email) await receiveEmail(deps, email);
    };
    const poll = (over: Partial<ImapMailboxSettings> = {}) =>
      pollEmailMailbox(
        { store, clock: systemClock, logger: silentLogger },
        MAILBOX_ID,
        createImapflowMailbox(settings(over)),
        take,
      );
    const customerTexts = async (conversationId: string) =>
      (await store.messages.listSince(conversationId, 0)).filter((m) => m.author === "customer").map((m) => m.text);
    const conversationOf = async (messageId: string) =>
      (await store.channelThreads.findConversation("email", [messageId])) ?? "";

    beforeAll(async () => {
      target = await openTarget(name);
      store = await target.open();
      dir = mkdtempSync(join(tmpdir(), "kefu-imap-"));
      imap = await startFakeImap({ ...ACCOUNT, folders: ["Kefu/Done"] });
      deps = {
        ...channelTestDeps(store, echoAgent({ greeting: "Hi", prefix: "Got: ", buttons: [] })),
        sender: {
          send: async () => undefined,
          fromAddress: async () => "help@shop.example",
          verify: async () => undefined,
        },
        attachments: createLocalAttachmentStore(join(dir, "attachments")),
      };
    });
    afterAll(async () => {
      await imap.close();
      await target.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    it("takes new mail into conversations, threads replies, strips quotes, keeps attachments, and marks it seen", async () => {
      const first = imap.append(
        mail({
          from: "Anna Lee <anna@example.com>",
          subject: "Where is my order?",
          id: `a1-${name}@example.com`,
          body: "Where is W0010004? Photo attached.",
          attachment: { name: "box.png", base64: Buffer.from("89504e470d0a1a0a0000", "hex").toString("base64") },
        }),
      );
      const state = await poll();
      expect(state).toMatchObject({ failures: 0, lastUid: first });
      expect(state.lastError).toBeUndefined();
      const conversationId = await conversationOf(`a1-${name}@example.com`);
      expect(conversationId).not.toBe("");
      expect(await customerTexts(conversationId)).toEqual(["Where is W0010004? Photo attached."]);
      const [message] = (await store.messages.listSince(conversationId, 0)).filter((m) => m.author === "customer");
      const [attachment] = (message?.payload.attachments ?? []) as { id: string; filename: string }[];
      expect(attachment?.filename).toBe("box.png");
      const file = await deps.attachments.get(attachment?.id ?? "");
      expect(Buffer.from(file?.content ?? []).toString("hex")).toBe("89504e470d0a1a0a0000");
      expect(
        imap
          .messages()
          .find((m) => m.uid === first)
          ?.flags.has("\\Seen"),
      ).toBe(true);

      imap.append(
        mail({
          from: "anna@example.com",
          subject: "Re: Where is my order?",
          id: `a2-${name}@example.com`,
          inReplyTo: `a1-${name}@example.com`,
          body: "Thanks, found it.\n\nOn Sat, 5 Dec 2026 at 10:05, Shop Support <help@shop.example> wrote:\n> Got: Where is W0010004?",
        }),
      );
      await poll();
      expect(await conversationOf(`a2-${name}@example.com`)).toBe(conversationId);
      expect(await customerTexts(conversationId)).toEqual(["Where is W0010004? Photo attached.", "Thanks, found it."]);
      // Only what the client fetched was peeked at: it marks seen itself, after storing.
      expect(imap.log.some((line) => /UID FETCH \d+ \(.*BODY\.PEEK\[\]/i.test(line))).toBe(true);
    });

    it("leaves a message unseen when storing it fails, takes it on the next poll, and stores it once", async () => {
      const uid = imap.append(
        mail({
          from: "bob@example.com",
          subject: "Refund",
          id: `b1-${name}@example.com`,
          body: "Refund W0020001 please",
        }),
      );
      failNextStore = true;
      const failed = await poll();
      expect(failed.lastError).toContain("database unavailable");
      expect(failed.lastUid).toBeLessThan(uid);
      expect(
        imap
          .messages()
          .find((m) => m.uid === uid)
          ?.flags.has("\\Seen"),
      ).toBe(false);
      expect(await conversationOf(`b1-${name}@example.com`)).toBe("");

      const retried = await poll();
      expect(retried).toMatchObject({ lastUid: uid, failures: 0 });
      expect(retried.lastError).toBeUndefined();
      const conversationId = await conversationOf(`b1-${name}@example.com`);
      expect(await customerTexts(conversationId)).toEqual(["Refund W0020001 please"]);
      expect(
        imap
          .messages()
          .find((m) => m.uid === uid)
          ?.flags.has("\\Seen"),
      ).toBe(true);

      // A crash after storing but before \Seen: the message comes again and is not stored twice.
      const again = imap.messages().find((m) => m.uid === uid);
      again?.flags.delete("\\Seen");
      const cursorless = await readImapPollState(store, MAILBOX_ID);
      await store.settings.set("channel.email.imap-state", { ...cursorless, lastUid: uid - 1 });
      await poll();
      expect(await customerTexts(conversationId)).toEqual(["Refund W0020001 please"]);
      expect(again?.flags.has("\\Seen")).toBe(true);
    });

    it("after a restart reads on from the remembered UID, and falls back to unseen mail when UIDVALIDITY changes", async () => {
      const state = await readImapPollState(store, MAILBOX_ID);
      const lastUid = state?.lastUid ?? 0;
      // Someone marks an old message unread in webmail: a restarted poller does not scan below its cursor.
      imap.messages()[0]?.flags.delete("\\Seen");
      imap.log.length = 0;
      const restarted = await poll();
      expect(restarted.lastUid).toBe(lastUid);
      expect(imap.log.some((line) => line.includes(`UID ${lastUid + 1}:*`))).toBe(true);
      expect(imap.log.some((line) => /UID FETCH/i.test(line))).toBe(false);

      // The server renumbers the folder: every unseen message is offered again, and Message-ID dedupe drops it.
      imap.renumber();
      const before = await store.conversations.list({ limit: 50 });
      const renumbered = await poll();
      expect(renumbered.uidValidity).not.toBe(state?.uidValidity);
      expect(imap.messages().every((m) => m.flags.has("\\Seen"))).toBe(true);
      const after = await store.conversations.list({ limit: 50 });
      expect(after.items.length).toBe(before.items.length);
      expect(await customerTexts(await conversationOf(`a1-${name}@example.com`))).toHaveLength(2);
    });

    it("moves taken mail to a processed folder when one is set", async () => {
      imap.append(mail({ from: "cy@example.com", subject: "Size", id: `c1-${name}@example.com`, body: "Size M?" }));
      await poll({ processedFolder: "Kefu/Done" });
      expect(await customerTexts(await conversationOf(`c1-${name}@example.com`))).toEqual(["Size M?"]);
      expect(imap.messages("Kefu/Done").map((m) => m.raw.toString())).toEqual([
        expect.stringContaining(`c1-${name}@example.com`),
      ]);
      expect(imap.messages().some((m) => m.raw.toString().includes(`c1-${name}@example.com`))).toBe(false);
    });

    it("says why a mailbox cannot be read, records it as the status, and backs off", async () => {
      const refused = createImapflowMailbox(settings({ password: "wrong" }));
      await expect(refused.verify()).rejects.toMatchObject({ code: "auth_failed", message: /refused the login/ });
      await expect(createImapflowMailbox(settings({ folder: "Support" })).verify()).rejects.toMatchObject({
        code: "folder_missing",
        message: /"Support" could not be opened/,
      });
      const closed = await startFakeImap(ACCOUNT);
      const port = closed.port;
      await closed.close();
      const unreachable = createImapflowMailbox(settings({ port }));
      await expect(unreachable.verify()).rejects.toBeInstanceOf(MailboxError);
      await expect(unreachable.verify()).rejects.toMatchObject({ code: "unreachable" });
      await expect(createImapflowMailbox(settings()).verify()).resolves.toBeUndefined();

      const failed = await poll({ password: "wrong" });
      expect(failed).toMatchObject({ lastErrorCode: "auth_failed", failures: 1 });
      const twice = await poll({ password: "wrong" });
      expect(twice.failures).toBe(2);
      // Two failures in a row: the next poll waits four intervals.
      const at = Date.parse(twice.lastPollAt ?? "");
      expect(isPollDue(twice, 60, new Date(at + 120_000))).toBe(false);
      expect(isPollDue(twice, 60, new Date(at + 240_000))).toBe(true);
      // A poll still running (or one that died less than 10 minutes ago) is not overlapped.
      expect(
        isPollDue({ ...twice, pollingSince: new Date(at + 240_000).toISOString() }, 60, new Date(at + 300_000)),
      ).toBe(false);
      expect(isPollDue({ ...twice, pollingSince: twice.lastPollAt }, 60, new Date(at + 700_000))).toBe(true);
      const recovered = await poll();
      expect(recovered.failures).toBe(0);
      expect(recovered.pollingSince).toBeUndefined();
    });
  },
);
