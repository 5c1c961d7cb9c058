import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../fixtures/test-app.js";

describe("web front end serving", () => {
  const web = mkdtempSync(join(tmpdir(), "kefu-web-"));
  afterAll(() => rmSync(web, { recursive: true, force: true }));

  it("serves files, falls back to index.html for app routes, keeps API 404s as JSON, allows CORS", async () => {
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Kefu</title>");
    writeFileSync(join(web, "widget.js"), "console.log('widget')");
    mkdirSync(join(web, "assets"));
    writeFileSync(join(web, "assets", "app.js"), "export {}");
    const t = await createTestApp({ webDistDir: web });
    try {
      const root = await t.app.inject({ method: "GET", url: "/" });
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain("<title>Kefu</title>");
      const widget = await t.app.inject({ method: "GET", url: "/widget.js" });
      expect(widget.headers["content-type"]).toMatch(/javascript/);
      expect((await t.app.inject({ method: "GET", url: "/assets/app.js" })).statusCode).toBe(200);
      const deep = await t.app.inject({ method: "GET", url: "/console/conversations/conv_1" });
      expect(deep.statusCode).toBe(200);
      expect(deep.body).toContain("<title>Kefu</title>");
      const api = await t.app.inject({ method: "GET", url: "/api/v1/unknown" });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe("NOT_FOUND");
      const preflight = await t.app.inject({
        method: "OPTIONS",
        url: "/api/v1/widget/conversations",
        headers: {
          origin: "https://shop.example.com",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization,content-type,idempotency-key",
        },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe("https://shop.example.com");
    } finally {
      await t.close();
    }
  });

  it("sends precompressed brotli when accepted, immutable caching for hashed assets, revalidation for HTML", async () => {
    const source = `export const big = "${"kefu ".repeat(2000)}";`;
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Kefu</title>");
    writeFileSync(join(web, "assets", "chat-AbCd1234.js"), source);
    writeFileSync(join(web, "assets", "chat-AbCd1234.js.br"), brotliCompressSync(source));
    const t = await createTestApp({ webDistDir: web });
    try {
      const br = await t.app.inject({
        method: "GET",
        url: "/assets/chat-AbCd1234.js",
        headers: { "accept-encoding": "gzip, deflate, br" },
      });
      expect(br.statusCode).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.rawPayload.length).toBeLessThan(source.length / 10);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(source);
      expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      const plain = await t.app.inject({ method: "GET", url: "/assets/chat-AbCd1234.js" });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body).toBe(source);
      const html = await t.app.inject({ method: "GET", url: "/console" });
      expect(html.headers["cache-control"]).toBe("no-cache");
    } finally {
      await t.close();
    }
  });
});
