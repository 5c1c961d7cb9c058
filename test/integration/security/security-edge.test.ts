import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Logger } from "../../../src/application/ports/logger.js";
import { AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";
import type { TargetName } from "../storage/store-targets.js";
import { type MatrixApp, startMatrixApp } from "./matrix-app.js";

const DEMO_PAGE = `<!doctype html><html><head><script>
  document.documentElement.lang = "en";
</script></head><body><script src="/widget.js" async></script></body></html>`;

describe("security headers and CORS", () => {
  const web = mkdtempSync(join(tmpdir(), "kefu-web-headers-"));
  let t: TestApp;

  beforeAll(async () => {
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Kefu</title>");
    writeFileSync(join(web, "widget.html"), "<!doctype html><title>Chat</title>");
    writeFileSync(join(web, "demo.html"), DEMO_PAGE);
    writeFileSync(join(web, "widget.js"), "void 0");
    mkdirSync(join(web, "assets"));
    t = await createTestApp({
      webDistDir: web,
      webSecurity: { widgetOrigins: ["https://shop.example"], corsOrigins: ["https://admin.shop.example"] },
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it("sends a CSP without unsafe-inline scripts, refuses framing of the console, nosniff and no referrer", async () => {
    const res = await t.app.inject({ method: "GET", url: "/console/conversations" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    const api = await t.app.inject({ method: "GET", url: "/api/v1/auth/me" });
    expect(api.headers).toMatchObject({
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-resource-policy": "same-origin",
      "origin-agent-cluster": "?1",
      "strict-transport-security": "max-age=31536000; includeSubDomains",
      "x-content-type-options": "nosniff",
      "x-dns-prefetch-control": "off",
      "x-download-options": "noopen",
      "x-permitted-cross-domain-policies": "none",
      "x-xss-protection": "0",
    });
    expect(String(api.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
  });

  it("lets only Kefu itself and the configured shops frame the widget, and shops load the loader", async () => {
    const widget = await t.app.inject({ method: "GET", url: "/widget.html?locale=en&host=https%3A%2F%2Fshop.example" });
    expect(String(widget.headers["content-security-policy"])).toContain("frame-ancestors 'self' https://shop.example");
    expect(widget.headers["x-frame-options"]).toBeUndefined();
    const loader = await t.app.inject({ method: "GET", url: "/widget.js" });
    expect(loader.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    const page = await t.app.inject({ method: "GET", url: "/" });
    expect(page.headers["cross-origin-resource-policy"]).toBe("same-origin");
  });

  it("answers CORS only for allowlisted origins", async () => {
    const allowed = await t.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { origin: "https://admin.shop.example" },
    });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://admin.shop.example");
    for (const origin of ["https://evil.example", "https://shop.example", "null"]) {
      const res = await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { origin } });
      expect(res.headers["access-control-allow-origin"], origin).toBeUndefined();
    }
  });
});

describe("hostile socket frames", () => {
  it("answers 500 hostile frames with error frames and logs at most a line per window", async () => {
    let lines = 0;
    const counting: Logger = {
      debug() {},
      info() {},
      warn: () => {
        lines += 1;
      },
      error: () => {
        lines += 1;
      },
      child: () => counting,
    };
    const t = await createTestApp({ logger: counting });
    try {
      await t.app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = t.app.server.address() as AddressInfo;
      const token = (await t.login(AGENT)).authorization.slice("Bearer ".length);
      const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/ws?token=${encodeURIComponent(token)}`);
      await new Promise((resolve, reject) => {
        socket.on("open", resolve);
        socket.on("error", reject);
      });
      let errors = 0;
      socket.on("message", (data) => {
        if (JSON.parse(String(data)).type === "error") errors += 1;
      });
      const hostile = [
        "not json",
        JSON.stringify({ type: "resume", conversationId: "a\u0000b", afterSeq: 0 }),
        JSON.stringify({ type: "resume", conversationId: "no-such-conversation", afterSeq: 0 }),
        JSON.stringify({ type: "message", conversationId: "x".repeat(5000), clientMessageId: "c", text: "hi" }),
        JSON.stringify({ type: "typing", conversationId: "nope", on: true }),
      ];
      for (let i = 0; i < 500; i++) socket.send(hostile[i % hostile.length] ?? "");
      for (let i = 0; i < 200 && errors < 500; i++) await new Promise((r) => setTimeout(r, 25));
      socket.close();
      expect(errors).toBe(500);
      expect(lines).toBeLessThanOrEqual(2);
    } finally {
      await t.close();
    }
  });
});

for (const target of ["sqlite", "postgres"] satisfies TargetName[]) {
  describe(`error bodies and control characters on ${target}`, () => {
    let s: MatrixApp;
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    beforeAll(async () => {
      s = await startMatrixApp(target);
    }, 120_000);
    afterAll(async () => s?.close());

    async function expectError(request: InjectOptions, status: number, code: string): Promise<void> {
      const res = await s.app.inject(request);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error).toMatchObject({ code, message: expect.any(String) });
    }

    it("rejects NUL and other control characters in ids, queries and bodies with 400 before storage", async () => {
      const agent = bearer(s.tokens.agent);
      await expectError({ method: "GET", url: "/api/v1/orders/%00", headers: agent }, 400, "VALIDATION_FAILED");
      await expectError({ method: "GET", url: "/api/v1/customers/a%01b", headers: agent }, 400, "VALIDATION_FAILED");
      await expectError(
        { method: "GET", url: "/api/v1/conversations?customerId=%00", headers: agent },
        400,
        "VALIDATION_FAILED",
      );
      await expectError(
        { method: "GET", url: `/api/v1/insights/risk/${encodeURIComponent("#W\u0000")}`, headers: agent },
        400,
        "VALIDATION_FAILED",
      );
      const url = `/api/v1/widget/conversations/${s.conversationA}/messages`;
      const shopper = bearer(s.tokens.shopperA);
      await expectError(
        { method: "POST", url, headers: shopper, payload: { text: "hi\u0000there", clientMessageId: "nul-1" } },
        400,
        "VALIDATION_FAILED",
      );
      const multiline = await s.app.inject({
        method: "POST",
        url,
        headers: shopper,
        payload: { text: "line one\nline two\tend", clientMessageId: "ok-1" },
      });
      expect(multiline.statusCode, multiline.body).toBe(201);
      expect(multiline.json().message.text).toBe("line one\nline two\tend");
    });

    it("answers 404, 413, 414, 415, bad URLs and a socket route without upgrade in the documented shape", async () => {
      const agent = bearer(s.tokens.agent);
      await expectError({ method: "GET", url: "/api/v1/nothing-here", headers: agent }, 404, "NOT_FOUND");
      await expectError(
        {
          method: "POST",
          url: "/api/v1/widget/conversations",
          headers: { "content-type": "application/json" },
          payload: JSON.stringify({ locale: "x".repeat(2_000_000) }),
        },
        413,
        "PAYLOAD_TOO_LARGE",
      );
      await expectError(
        {
          method: "POST",
          url: "/api/v1/widget/conversations",
          headers: { "content-type": "text/xml" },
          payload: "<a/>",
        },
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      );
      await expectError(
        { method: "GET", url: `/api/v1/orders?x=${"q".repeat(9_000)}`, headers: agent },
        414,
        "URI_TOO_LONG",
      );
      await expectError(
        { method: "GET", url: `/api/v1/orders/${"p".repeat(600)}`, headers: agent },
        414,
        "URI_TOO_LONG",
      );
      await expectError(
        { method: "GET", url: `/api/v1/orders/${"p".repeat(300)}`, headers: agent },
        400,
        "VALIDATION_FAILED",
      );
      await expectError({ method: "GET", url: "/api/v1/orders/%zz", headers: agent }, 400, "MALFORMED_REQUEST");
      await expectError({ method: "GET", url: "/api/v1/ws", headers: agent }, 426, "UPGRADE_REQUIRED");
    });

    it("checks the role before the body: an agent never sees an admin route's validation errors", async () => {
      const agent = bearer(s.tokens.agent);
      for (const [method, url] of [
        ["PUT", "/api/v1/settings/policy"],
        ["POST", "/api/v1/users"],
        ["POST", "/api/v1/kb"],
        ["PUT", "/api/v1/insights/followups/rules"],
      ] as const) {
        await expectError({ method, url, headers: agent, payload: { nonsense: true } }, 403, "FORBIDDEN");
      }
      await expectError({ method: "POST", url: "/api/v1/users", payload: { nonsense: true } }, 401, "UNAUTHENTICATED");
      const admin = await s.app.inject({
        method: "PUT",
        url: "/api/v1/settings/policy",
        headers: bearer(s.tokens.admin),
        payload: { nonsense: true },
      });
      expect(admin.statusCode).toBe(400);
    });
  });
}
