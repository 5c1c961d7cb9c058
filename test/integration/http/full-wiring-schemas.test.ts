import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import { createServer, DEMO_STAFF, type KefuServer } from "../../../src/drivers/http/create-server.js";
import { defaultServerWiring } from "../../../src/drivers/http/server-wiring.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { registeredRoutes } from "./registered-routes.js";

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe("full server wiring: every /api/v1 operation declares its success reply", () => {
  let server: KefuServer;
  let dataDir: string;
  let doc: { paths: Record<string, Record<string, Operation>> };
  let admin: { authorization: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "kefu-wiring-"));
    const config = { ...loadConfig({}), dataDir, sqlitePath: join(dataDir, "kefu.sqlite"), logLevel: "silent" };
    const wiring = defaultServerWiring({ jobs: false });
    server = await createServer(config, { demo: true, listen: false, logger: silentLogger, ...wiring });
    doc = (await server.app.inject({ method: "GET", url: "/docs/json" })).json();
    const { email, password } = DEMO_STAFF[0];
    const login = await server.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
    admin = { authorization: `Bearer ${login.json().token}` };
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("has a 2xx schema (JSON, or CSV for exports) in /docs for every registered /api/v1 operation", () => {
    const routes = registeredRoutes(server.app.printRoutes({ commonPrefix: false })).filter(
      (r) => r.includes(" /api/v1/") && r !== "GET /api/v1/ws",
    );
    expect(routes).toContain("GET /api/v1/metrics/service");
    expect(routes).toContain("GET /api/v1/models");
    const missing = routes.filter((route) => {
      const [method = "", path = ""] = route.split(" ");
      const responses = doc.paths[path]?.[method.toLowerCase()]?.responses ?? {};
      const success = Object.entries(responses).find(([code]) => code.startsWith("2"))?.[1];
      // JSON for most routes; a file download (CSV) declares its own content type.
      const content = success?.content ?? {};
      return (content["application/json"] ?? content["text/csv"])?.schema === undefined;
    });
    expect(missing).toEqual([]);
  });

  it("names every /api/v1 route in docs/api.md", () => {
    const apiDoc = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");
    const undocumented = registeredRoutes(server.app.printRoutes({ commonPrefix: false }))
      .filter((r) => r.includes(" /api/v1/"))
      .map((r) => (r.split(" ")[1] ?? "").replace("/api/v1", "").replace(/\{(\w+)\}/g, ":$1"))
      // The full path must appear, ended by a space, a query string or the closing backtick.
      .filter((path) => !new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s?\`]`).test(apiDoc));
    expect(undocumented).toEqual([]);
  });

  it("answers the insights, metrics and follow-up reads through their response schemas", async () => {
    const reads = [
      "/insights/reviews/summary",
      "/insights/reviews?limit=5",
      "/insights/risk?includeLow=true&limit=5",
      "/insights/followups/rules",
      "/insights/followups/opt-outs",
      "/insights/followups/jobs",
      "/metrics/service",
    ];
    for (const url of reads) {
      const res = await server.app.inject({ method: "GET", url: `/api/v1${url}`, headers: admin });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    const risk = (
      await server.app.inject({ method: "GET", url: "/api/v1/insights/risk?includeLow=true", headers: admin })
    ).json();
    expect(risk.items.length).toBeGreaterThan(0);
    expect(Object.keys(risk.items[0]).sort()).toEqual(
      ["customerId", "high", "method", "orderId", "probability", "reasons", "status"].sort(),
    );
  });
});
