import { describe, expect, it } from "vitest";
import { signWidgetToken } from "./widget-token.js";
import { createWidgetTokenVerifier } from "./widget-token-verifier.js";

const SECRET = "s".repeat(32);
const now = new Date("2026-01-01T00:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("createWidgetTokenVerifier", () => {
  it("grants the same claims on every use of a valid token", () => {
    const verify = createWidgetTokenVerifier(SECRET);
    const token = signWidgetToken(SECRET, "conv_1", now, 60_000);
    expect(verify(token, now)?.conversationId).toBe("conv_1");
    expect(verify(token, later(1000))?.conversationId).toBe("conv_1");
  });

  it("still refuses a remembered token once it has expired", () => {
    const verify = createWidgetTokenVerifier(SECRET);
    const token = signWidgetToken(SECRET, "conv_1", now, 60_000);
    expect(verify(token, now)).toBeDefined();
    expect(verify(token, later(61_000))).toBeUndefined();
    expect(verify(token, now)).toBeDefined();
  });

  it("refuses tokens of another secret and forged ones, even after seeing a valid one", () => {
    const verify = createWidgetTokenVerifier(SECRET);
    const token = signWidgetToken(SECRET, "conv_1", now, 60_000);
    expect(verify(token, now)).toBeDefined();
    expect(verify(signWidgetToken("t".repeat(32), "conv_1", now, 60_000), now)).toBeUndefined();
    expect(verify(`${token}x`, now)).toBeUndefined();
    const [prefix, , mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ c: "conv_2", iat: 0, exp: 9e9 })).toString("base64url");
    expect(verify(`${prefix}.${forged}.${mac}`, now)).toBeUndefined();
  });
});
