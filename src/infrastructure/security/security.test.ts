import { describe, expect, it } from "vitest";
import { randomSessionTokens } from "./random-session-tokens.js";
import { createScryptPasswordHasher } from "./scrypt-password-hasher.js";
import { signWidgetToken, verifyWidgetToken } from "./widget-token.js";

describe("scrypt password hasher", () => {
  const hasher = createScryptPasswordHasher({ N: 1024, r: 8, p: 1 });

  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hasher.hash("correct horse 密码");
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await hasher.verify("correct horse 密码", hash)).toBe(true);
    expect(await hasher.verify("correct horse", hash)).toBe(false);
  });

  it("salts every hash and rejects malformed ones", async () => {
    expect(await hasher.hash("x")).not.toBe(await hasher.hash("x"));
    expect(await hasher.verify("x", "plain")).toBe(false);
    expect(await hasher.verify("x", "scrypt$0$8$1$AA$AA")).toBe(false);
  });
});

describe("session tokens", () => {
  it("issues distinct tokens whose hash matches", () => {
    const a = randomSessionTokens.issue();
    const b = randomSessionTokens.issue();
    expect(a.token).not.toBe(b.token);
    expect(randomSessionTokens.hash(a.token)).toBe(a.tokenHash);
    expect(a.tokenHash).not.toContain(a.token);
  });
});

describe("widget token", () => {
  const now = new Date("2026-01-01T00:00:00Z");

  it("round-trips the conversation id", () => {
    const token = signWidgetToken("s".repeat(32), "conv_1", now);
    expect(verifyWidgetToken("s".repeat(32), token, now)?.conversationId).toBe("conv_1");
  });

  it("rejects another secret, tampering and expiry", () => {
    const token = signWidgetToken("s".repeat(32), "conv_1", now, 60_000);
    expect(verifyWidgetToken("t".repeat(32), token, now)).toBeUndefined();
    const [prefix, body, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ c: "conv_2", iat: 0, exp: 9e9 })).toString("base64url");
    expect(verifyWidgetToken("s".repeat(32), `${prefix}.${forged}.${mac}`, now)).toBeUndefined();
    expect(verifyWidgetToken("s".repeat(32), `${prefix}.${body}.${mac}x`, now)).toBeUndefined();
    expect(verifyWidgetToken("s".repeat(32), token, new Date(now.getTime() + 61_000))).toBeUndefined();
  });
});
