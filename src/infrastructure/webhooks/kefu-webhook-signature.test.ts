import { describe, expect, it } from "vitest";
import { signKefuWebhook, verifyKefuWebhook } from "./kefu-webhook-signature.js";

const secret = "whsec_test_secret_0123456789";
const body = '{"id":"aud_1","type":"csat.received"}';

describe("Kefu webhook signature", () => {
  it("verifies what it signed, within the time tolerance", () => {
    const signature = signKefuWebhook(secret, "aud_1", 1_800_000_000, body);
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyKefuWebhook(secret, { id: "aud_1", timestamp: "1800000000", signature }, body, 1_800_000_100)).toBe(
      true,
    );
  });

  it("rejects a forged signature, another secret, a changed body or id, and a stale or future timestamp", () => {
    const signature = signKefuWebhook(secret, "aud_1", 1_800_000_000, body);
    const headers = { id: "aud_1", timestamp: "1800000000", signature };
    const now = 1_800_000_000;
    expect(verifyKefuWebhook(secret, { ...headers, signature: `v1=${"0".repeat(64)}` }, body, now)).toBe(false);
    expect(verifyKefuWebhook("whsec_other_secret_000000", headers, body, now)).toBe(false);
    expect(verifyKefuWebhook(secret, headers, `${body} `, now)).toBe(false);
    expect(verifyKefuWebhook(secret, { ...headers, id: "aud_2" }, body, now)).toBe(false);
    expect(verifyKefuWebhook(secret, headers, body, now + 301)).toBe(false);
    expect(verifyKefuWebhook(secret, headers, body, now - 301)).toBe(false);
    expect(verifyKefuWebhook(secret, { ...headers, timestamp: "abc" }, body, now)).toBe(false);
  });
});
