import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AttachmentUploaded } from "../../../src/contract/widget-api.js";
import { AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n");
const MAX = 10 * 1024 * 1024;

async function openChat(t: TestApp) {
  const res = await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: { locale: "en" } });
  const body = res.json();
  return { id: body.conversation.id as string, headers: { authorization: `Bearer ${body.token}` } };
}

function upload(t: TestApp, chat: { id: string; headers: Record<string, string> }, body: Buffer, opts = {}) {
  const {
    filename = "photo.png",
    contentType = "image/png",
    clientMessageId = "att-1",
  } = opts as Record<string, string>;
  return t.app.inject({
    method: "POST",
    url: `/api/v1/widget/conversations/${chat.id}/attachments?filename=${encodeURIComponent(filename)}&clientMessageId=${clientMessageId}`,
    headers: { ...chat.headers, "content-type": contentType },
    payload: body,
  });
}

describe("attachments over HTTP", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it("stores a shopper's photo as their message, and the shopper and staff read it back inertly", async () => {
    const chat = await openChat(t);
    const res = await upload(t, chat, PNG, { filename: "破损.png" });
    expect(res.statusCode).toBe(201);
    const body = AttachmentUploaded.parse(res.json());
    expect(body.attachment).toMatchObject({ filename: "破损.png", contentType: "image/png", size: PNG.length });
    expect(body.attachment.id).toMatch(/^att_[A-Za-z0-9_-]{22}$/);
    expect(body.message).toMatchObject({ author: "customer", payload: { attachments: [body.attachment] } });

    const stored = await t.store.messages.listSince(chat.id, 0);
    expect(stored.at(-1)?.payload).toEqual({ attachments: [body.attachment] });

    const mine = await t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${body.attachment.id}`,
      headers: chat.headers,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(PNG)).toBe(true);
    expect(mine.headers["content-type"]).toBe("image/png");
    expect(mine.headers["x-content-type-options"]).toBe("nosniff");
    expect(mine.headers["content-disposition"]).toBe(
      `inline; filename="__.png"; filename*=UTF-8''${encodeURIComponent("破损.png")}`,
    );
    expect(mine.headers["content-security-policy"]).toContain("sandbox");

    const staff = await t.login(AGENT);
    const seen = await t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${body.attachment.id}`,
      headers: staff,
    });
    expect(seen.statusCode).toBe(200);
  });

  it("hides a file from another shopper and from anonymous callers", async () => {
    const a = await openChat(t);
    const b = await openChat(t);
    const { attachment } = AttachmentUploaded.parse((await upload(t, a, PNG)).json());
    const other = await t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${attachment.id}`,
      headers: b.headers,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("ATTACHMENT_NOT_FOUND");
    const anon = await t.app.inject({ method: "GET", url: `/api/v1/attachments/${attachment.id}` });
    expect(anon.statusCode).toBe(401);
    const guessed = await t.app.inject({
      method: "GET",
      url: "/api/v1/attachments/att_AAAAAAAAAAAAAAAAAAAAAA",
      headers: a.headers,
    });
    expect(guessed.statusCode).toBe(404);
  });

  it("serves a PDF only as a download", async () => {
    const chat = await openChat(t);
    const { attachment } = AttachmentUploaded.parse(
      (await upload(t, chat, PDF, { filename: "receipt.pdf", contentType: "application/pdf" })).json(),
    );
    expect(attachment.contentType).toBe("application/pdf");
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${attachment.id}`,
      headers: chat.headers,
    });
    expect(res.headers["content-type"]).toBe("application/octet-stream");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="receipt.pdf"/);
  });

  it("judges the type by content: an HTML page named .png is refused with 415", async () => {
    const chat = await openChat(t);
    const res = await upload(t, chat, Buffer.from("<html><script>alert(1)</script></html>"), { filename: "x.png" });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("ATTACHMENT_TYPE_NOT_ALLOWED");
    const svg = await upload(t, chat, Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), {
      contentType: "image/svg+xml",
    });
    expect(svg.statusCode).toBe(415);
  });

  it("refuses a file over the size limit with 413 and says the limit", async () => {
    const chat = await openChat(t);
    const big = Buffer.alloc(MAX + 1, 0);
    PNG.copy(big);
    const res = await upload(t, chat, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: "ATTACHMENT_TOO_LARGE", details: { maxBytes: MAX } });
    expect((await t.store.messages.listSince(chat.id, 0)).some((m) => "attachments" in m.payload)).toBe(false);
  });

  it("a retried upload with the same clientMessageId posts one message", async () => {
    const chat = await openChat(t);
    await upload(t, chat, PNG);
    await upload(t, chat, PNG);
    const withFiles = (await t.store.messages.listSince(chat.id, 0)).filter((m) => "attachments" in m.payload);
    expect(withFiles).toHaveLength(1);
  });
});
