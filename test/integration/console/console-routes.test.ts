import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

describe("console routes: collision, transfer, staff directory", () => {
  let t: TestApp;
  let agent: { authorization: string };
  let admin: { authorization: string };
  let id: string;
  beforeEach(async () => {
    t = await createTestApp();
    agent = await t.login(AGENT);
    admin = await t.login(ADMIN);
    const opened = await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} });
    id = opened.json().conversation.id;
  });
  afterEach(async () => t.close());

  const post = (headers: { authorization: string }, url: string, payload: unknown = {}) =>
    t.app.inject({ method: "POST", url: `/api/v1${url}`, headers, payload: payload as object });

  it("refuses a reply to a chat another agent holds with 409, allows notes, and takes over only when asked", async () => {
    expect(
      (await post(agent, `/conversations/${id}/messages`, { text: "Hi", clientMessageId: "a-1" })).statusCode,
    ).toBe(201);
    const refused = await post(admin, `/conversations/${id}/messages`, { text: "Me too", clientMessageId: "b-1" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: "CONVERSATION_ASSIGNED_TO_OTHER" });
    expect((await t.store.messages.listSince(id, 0)).some((m) => m.text === "Me too")).toBe(false);
    const note = await post(admin, `/conversations/${id}/messages`, {
      text: "FYI",
      clientMessageId: "b-2",
      internal: true,
    });
    expect(note.statusCode).toBe(201);
    const forced = await post(admin, `/conversations/${id}/messages`, {
      text: "Taking this one",
      clientMessageId: "b-3",
      takeover: true,
    });
    expect(forced.statusCode).toBe(201);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: admin });
    expect((await t.store.conversations.get(id))?.assigneeId).toBe(me.json().user?.id ?? me.json().id);
    // Now the agent is the one refused.
    expect(
      (await post(agent, `/conversations/${id}/messages`, { text: "Hm", clientMessageId: "a-2" })).statusCode,
    ).toBe(409);
  });

  it("transfers to a colleague (who then holds it, with a note) and back to the queue", async () => {
    const dir = await t.app.inject({ method: "GET", url: "/api/v1/staff/directory", headers: agent });
    expect(dir.statusCode).toBe(200);
    const items: { id: string; name: string; role: string }[] = dir.json().items;
    expect(items.map((i) => i.role).sort()).toEqual(["admin", "agent"]);
    expect(JSON.stringify(items)).not.toContain("@test.local");
    const adminId = items.find((i) => i.role === "admin")?.id ?? "";

    await post(agent, `/conversations/${id}/assign`);
    const moved = await post(agent, `/conversations/${id}/transfer`, { toStaffId: adminId, note: "VIP, refund asked" });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().conversation).toMatchObject({ status: "agent", assigneeId: adminId });
    const notes = (await t.store.messages.listSince(id, 0)).filter((m) => m.author === "note");
    expect(notes.at(-1)?.text).toBe("agent → admin: VIP, refund asked");
    expect((await t.store.audit.list({ action: "conversation.transfer" })).total).toBe(1);

    const queued = await post(admin, `/conversations/${id}/transfer`, { queue: true });
    expect(queued.json().conversation.status).toBe("waiting_agent");
    expect(queued.json().conversation.assigneeId).toBeUndefined();
    expect(queued.json().handoff).toMatchObject({ status: "open" });
  });

  it("rejects a transfer with no target, two targets, or an unknown colleague", async () => {
    expect((await post(agent, `/conversations/${id}/transfer`, {})).statusCode).toBe(400);
    expect((await post(agent, `/conversations/${id}/transfer`, { toStaffId: "x", queue: true })).statusCode).toBe(400);
    const unknown = await post(agent, `/conversations/${id}/transfer`, { toStaffId: "usr_nobody" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("searches conversations by message words (blind index), customers and orders; staff only", async () => {
    await post(agent, `/conversations/${id}/messages`, {
      text: "Your refund for the cracked mug is on its way",
      clientMessageId: "s-1",
    });
    const search = (q: string, headers: Record<string, string> = agent) =>
      t.app.inject({ method: "GET", url: `/api/v1/search?q=${encodeURIComponent(q)}`, headers });
    const hit = await search("cracked MUG");
    expect(hit.statusCode).toBe(200);
    expect(hit.json().conversations).toEqual([
      expect.objectContaining({ conversationId: id, snippet: "Your refund for the cracked mug is on its way" }),
    ]);
    expect((await search("cracked teapot")).json().conversations).toEqual([]);
    expect((await search("")).statusCode).toBe(400);
    expect((await search("refund", {})).statusCode).toBe(401);
  });
});
