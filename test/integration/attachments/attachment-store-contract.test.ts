import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttachmentStore } from "../../../src/application/ports/attachment-store.js";
import { createLocalAttachmentStore } from "../../../src/infrastructure/attachments/local-attachment-store.js";
import { createMemoryAttachmentStore } from "../../../src/infrastructure/attachments/memory-attachment-store.js";
import { createS3AttachmentStore } from "../../../src/infrastructure/attachments/s3-attachment-store.js";
import { type FakeS3, startFakeS3 } from "../../fixtures/fake-s3-server.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 255]);

let fakeS3: FakeS3;
let dir: string;

beforeAll(async () => {
  fakeS3 = await startFakeS3("AKIAFAKE");
  dir = mkdtempSync(join(tmpdir(), "kefu-attachments-"));
});
afterAll(async () => {
  await fakeS3?.close();
  rmSync(dir, { recursive: true, force: true });
});

const adapters: [string, () => AttachmentStore][] = [
  ["memory", () => createMemoryAttachmentStore()],
  ["local disk", () => createLocalAttachmentStore(dir)],
  [
    "S3 (AWS SDK against a fake S3 server)",
    () =>
      createS3AttachmentStore({
        bucket: "kefu-test",
        region: "us-east-1",
        endpoint: fakeS3.endpoint,
        accessKeyId: "AKIAFAKE",
        secretAccessKey: "fake-secret",
        forcePathStyle: true,
        prefix: "attachments/",
      }),
  ],
];

describe.each(adapters)("attachment store: %s", (_name, make) => {
  it("keeps the bytes and metadata under an unguessable id", async () => {
    const store = make();
    const meta = await store.put({
      filename: "破损照片.png",
      contentType: "image/png",
      content: PNG,
      conversationId: "conv_1",
    });
    expect(meta).toMatchObject({ filename: "破损照片.png", contentType: "image/png", size: PNG.length });
    expect(meta.id).toMatch(/^att_[A-Za-z0-9_-]{22}$/);
    const got = await store.get(meta.id);
    expect(got?.meta).toEqual({ ...meta, conversationId: "conv_1" });
    expect([...(got?.content ?? [])]).toEqual([...PNG]);
    const other = await store.put({ filename: "b.png", contentType: "image/png", content: PNG });
    expect(other.id).not.toBe(meta.id);
    expect((await store.get(other.id))?.meta.conversationId).toBeUndefined();
  });

  it("answers undefined for unknown and malformed ids", async () => {
    const store = make();
    expect(await store.get("att_AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
    expect(await store.get("../../etc/passwd")).toBeUndefined();
  });

  it("strips path separators and control characters from the name", async () => {
    const store = make();
    const meta = await store.put({ filename: "../../x\u0000.png", contentType: "image/png", content: PNG });
    expect(meta.filename).toBe(".._.._x_.png");
  });
});

describe("S3 store", () => {
  it("sends signed requests to the configured bucket and prefix", async () => {
    const before = fakeS3.requests.length;
    const store = adapters[2]?.[1]();
    const meta = await store?.put({ filename: "a.png", contentType: "image/png", content: PNG });
    const put = fakeS3.requests.slice(before).find((r) => r.method === "PUT");
    expect(put?.path).toBe(`kefu-test/attachments/${meta?.id}`);
    expect(put?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAFAKE\//);
    expect(fakeS3.objects.get(`kefu-test/attachments/${meta?.id}`)?.body.length).toBe(PNG.length);
  });
});
