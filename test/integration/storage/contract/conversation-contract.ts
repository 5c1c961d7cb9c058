import { describe, expect, it } from "vitest";
import type { NewMessage } from "../../../../src/application/ports/conversation-repositories.js";
import { at, conversation, handoff } from "../store-fixtures.js";
import type { ContractContext } from "./contract-context.js";

const said = (conversationId: string, text: string, clientMessageId?: string): NewMessage => ({
  conversationId,
  author: "customer",
  text,
  payload: {},
  ...(clientMessageId ? { clientMessageId } : {}),
});

export function conversationContract(ctx: ContractContext): void {
  describe("conversations", () => {
    it("round-trips; update replaces everything but lastSeq", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      expect(await s.conversations.get("v1")).toEqual(conversation("v1"));
      await expect(s.conversations.create(conversation("v1"))).rejects.toThrow();
      await s.messages.append(said("v1", "hello"));
      await s.conversations.update(conversation("v1", { status: "agent", assigneeId: "u1", lastSeq: 99, csat: 5 }));
      expect(await s.conversations.get("v1")).toMatchObject({ status: "agent", assigneeId: "u1", lastSeq: 1, csat: 5 });
      await expect(s.conversations.update(conversation("nope"))).rejects.toMatchObject({
        code: "CONVERSATION_NOT_FOUND",
      });
      expect(await s.conversations.get("nope")).toBeUndefined();
    });

    it("reads the status, and the version with lastSeq, without the document", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      expect(await s.conversations.statusOf("v1")).toBe("bot");
      expect(await s.conversations.lockVersion("v1")).toEqual({ version: 0, lastSeq: 0 });
      // An append moves lastSeq, not the version; an update moves the version.
      await s.messages.append(said("v1", "hello"));
      expect(await s.conversations.lockVersion("v1")).toEqual({ version: 0, lastSeq: 1 });
      await s.conversations.update(conversation("v1", { status: "agent" }));
      expect(await s.conversations.statusOf("v1")).toBe("agent");
      const inTurn = await s.transaction((tx) => tx.conversations.lockVersion("v1"));
      expect(inTurn).toEqual({ version: 1, lastSeq: 1 });
      expect((await s.conversations.getForTurn("v1"))?.version).toBe(1);
      expect(await s.conversations.statusOf("nope")).toBeUndefined();
      expect(await s.conversations.lockVersion("nope")).toBeUndefined();
    });

    it("lists by status, assignee, customer and created window, most recently updated first", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1", { createdAt: at(1), updatedAt: at(10) }));
      await s.conversations.create(
        conversation("v2", { createdAt: at(2), updatedAt: at(30), status: "agent", assigneeId: "u1" }),
      );
      await s.conversations.create(
        conversation("v3", { createdAt: at(3), updatedAt: at(20), verifiedCustomerId: "c1", status: "resolved" }),
      );
      expect((await s.conversations.list({})).items.map((c) => c.id)).toEqual(["v2", "v3", "v1"]);
      expect((await s.conversations.list({ status: "agent" })).items.map((c) => c.id)).toEqual(["v2"]);
      expect((await s.conversations.list({ assigneeId: "u1" })).items.map((c) => c.id)).toEqual(["v2"]);
      expect((await s.conversations.list({ customerId: "c1" })).items.map((c) => c.id)).toEqual(["v3"]);
      const window = await s.conversations.list({ since: at(2), until: at(3) });
      expect(window).toMatchObject({ total: 1, items: [{ id: "v2" }] });
      expect(await s.conversations.list({ limit: 1, offset: 2 })).toMatchObject({ total: 3, items: [{ id: "v1" }] });
    });
  });

  describe("messages", () => {
    it("appends with gap-free seqs, bumps lastSeq and keeps payload and explanation", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      const first = await s.messages.append({
        ...said("v1", "hi"),
        payload: { quickReplies: [{ label: "Yes", value: "yes" }] },
        explanation: { intent: "greet", confidence: 0.9 },
        createdAt: at(1),
      });
      expect(first.duplicate).toBe(false);
      expect(first.message).toMatchObject({ seq: 1, conversationId: "v1", createdAt: at(1), text: "hi" });
      expect(first.message.id).toMatch(/^msg_/);
      const second = await s.messages.append(said("v1", "there"));
      expect(second.message.seq).toBe(2);
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(2);
      expect(await s.messages.listSince("v1", 0)).toEqual([first.message, second.message]);
      await expect(s.messages.append(said("nope", "x"))).rejects.toMatchObject({ code: "CONVERSATION_NOT_FOUND" });
    });

    it("never serves a conversation this process wrote or read once another wrote it, or a write rolled back", async () => {
      const a = ctx.store();
      const b = await ctx.openAnother();
      await a.conversations.create(conversation("v1"));
      expect((await a.conversations.get("v1"))?.status).toBe("bot");
      await b.conversations.update(conversation("v1", { status: "agent", assigneeId: "u2" }));
      expect(await a.conversations.get("v1")).toMatchObject({ status: "agent", assigneeId: "u2" });
      await expect(
        a.transaction(async (tx) => {
          await tx.conversations.update(conversation("v1", { status: "resolved", state: { step: "undone" } }));
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(await a.conversations.get("v1")).toMatchObject({ status: "agent", state: { flow: "return" } });
      // What a reader gets is its own: changing it changes nothing stored or cached.
      const read = await a.conversations.get("v1");
      if (read) read.status = "bot";
      expect((await a.conversations.get("v1"))?.status).toBe("agent");
    });

    it("is idempotent by clientMessageId within a conversation", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      await s.conversations.create(conversation("v2"));
      const stored = await s.messages.append(said("v1", "hello", "m-1"));
      const again = await s.messages.append(said("v1", "hello (retried)", "m-1"));
      expect(again).toEqual({ message: stored.message, duplicate: true });
      // The same client id in another conversation is a different message.
      expect((await s.messages.append(said("v2", "hello", "m-1"))).duplicate).toBe(false);
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(1);
    });

    it("finds a retry's twin under the lock inside a transaction: nothing written, the seq given back, the twin not indexed", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      const stored = await s.messages.append(said("v1", "hello parcel", "m-1"));
      const again = await s.transaction((tx) => tx.messages.append(said("v1", "retried courier", "m-1")));
      expect(again).toEqual({ message: stored.message, duplicate: true });
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(1);
      expect(await s.messages.listSince("v1", 0)).toEqual([stored.message]);
      expect(await s.messages.search(["courier"], 10)).toEqual([]);
      expect(await s.messages.search(["parcel"], 10)).toEqual([stored.message]);
      // The next message takes the next seq.
      expect((await s.messages.append(said("v1", "next"))).message.seq).toBe(2);
    });

    it("appends after locking the conversation in a transaction: seqs follow on, a twin gives its seq back", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      await s.messages.append(said("v1", "first"));
      const seqs = await s.transaction(async (tx) => {
        expect((await tx.conversations.lockVersion("v1"))?.lastSeq).toBe(1);
        const b = await tx.messages.append(said("v1", "second parcel", "m-b"));
        const twin = await tx.messages.append(said("v1", "second retried courier", "m-b"));
        expect(twin).toEqual({ message: b.message, duplicate: true });
        const c = await tx.messages.append(said("v1", "third"));
        return [b.message.seq, c.message.seq];
      });
      expect(seqs).toEqual([2, 3]);
      expect((await s.messages.listSince("v1", 0)).map((m) => [m.seq, m.text])).toEqual([
        [1, "first"],
        [2, "second parcel"],
        [3, "third"],
      ]);
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(3);
      expect(await s.messages.search(["courier"], 10)).toEqual([]);
      expect((await s.messages.search(["parcel"], 10)).map((m) => m.seq)).toEqual([2]);
    });

    it("appends on after a nested transaction that appended was rolled back", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      const seqs = await s.transaction(async (tx) => {
        await tx.conversations.lockVersion("v1");
        const a = await tx.messages.append(said("v1", "kept"));
        await expect(
          s.transaction(async (inner) => {
            await inner.messages.append(said("v1", "undone"));
            throw new Error("nested failure");
          }),
        ).rejects.toThrow("nested failure");
        const b = await tx.messages.append(said("v1", "after"));
        return [a.message.seq, b.message.seq];
      });
      expect(seqs).toEqual([1, 2]);
      expect((await s.messages.listSince("v1", 0)).map((m) => [m.seq, m.text])).toEqual([
        [1, "kept"],
        [2, "after"],
      ]);
    });

    it("keeps seqs gap-free under 50 concurrent appends, with racing retries stored once", async () => {
      const s = ctx.store();
      const other = await ctx.openAnother();
      await s.conversations.create(conversation("v1"));
      const posts = Array.from({ length: 50 }, (_, i) => {
        const via = i % 2 === 0 ? s : other;
        return via.messages.append(said("v1", `message ${i}`, `m-${i % 40}`));
      });
      const results = await Promise.all(posts);
      const fresh = results.filter((r) => !r.duplicate);
      expect(fresh).toHaveLength(40);
      expect(fresh.map((r) => r.message.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      const listed = await s.messages.listSince("v1", 0, 500);
      expect(listed.map((m) => m.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(new Set(listed.map((m) => m.clientMessageId)).size).toBe(40);
      for (const r of results.filter((x) => x.duplicate)) {
        expect(listed.find((m) => m.clientMessageId === r.message.clientMessageId)).toEqual(r.message);
      }
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(40);
    });

    it("lists after a seq with a limit, and across conversations by time window", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      await s.conversations.create(conversation("v2"));
      for (let i = 1; i <= 5; i++) await s.messages.append({ ...said("v1", `a${i}`), createdAt: at(i) });
      await s.messages.append({ ...said("v2", "b1"), createdAt: at(2) });
      expect((await s.messages.listSince("v1", 2, 2)).map((m) => m.seq)).toEqual([3, 4]);
      expect(await s.messages.listSince("v1", 5)).toEqual([]);
      const between = await s.messages.listBetween(at(2), at(4));
      expect(between.map((m) => m.text)).toEqual(["a2", "b1", "a3"]);
    });
  });

  describe("handoffs", () => {
    it("creates, updates, lists the open queue by priority and by conversation or window", async () => {
      const s = ctx.store();
      await s.handoffs.create(handoff("h1", "v1", { priority: 10, createdAt: at(1) }));
      await s.handoffs.create(handoff("h2", "v2", { priority: 90, createdAt: at(2) }));
      await s.handoffs.create(handoff("h3", "v1", { priority: 10, createdAt: at(0) }));
      expect(await s.handoffs.get("h1")).toEqual(handoff("h1", "v1", { priority: 10, createdAt: at(1) }));
      expect((await s.handoffs.listOpen()).map((h) => h.id)).toEqual(["h2", "h3", "h1"]);
      await s.handoffs.update(handoff("h2", "v2", { priority: 90, createdAt: at(2), status: "resolved" }));
      expect((await s.handoffs.listOpen()).map((h) => h.id)).toEqual(["h3", "h1"]);
      await expect(s.handoffs.update(handoff("nope", "v1"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await s.handoffs.listByConversation("v1")).map((h) => h.id)).toEqual(["h3", "h1"]);
      expect((await s.handoffs.listBetween(at(1), at(3))).map((h) => h.id)).toEqual(["h1", "h2"]);
    });
  });
}
