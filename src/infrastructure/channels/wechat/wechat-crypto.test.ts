import { describe, expect, it } from "vitest";
import {
  aesKeyFrom,
  decryptWechatMessage,
  encryptWechatMessage,
  signatureMatches,
  wechatSignature,
} from "./wechat-crypto.js";

/** Fixed key and IV-random so the test is deterministic. */
const encodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const random = Buffer.alloc(16, 7);

describe("WeChat callback crypto", () => {
  it("signs sorted parts with SHA-1 and compares in constant time", () => {
    const sig = wechatSignature(["token123", "1700000000", "nonce9"]);
    expect(sig).toBe(wechatSignature(["nonce9", "token123", "1700000000"]));
    expect(sig).toMatch(/^[0-9a-f]{40}$/);
    expect(signatureMatches(sig, sig.toUpperCase())).toBe(true);
    const other = `${sig.slice(0, 39)}${sig.endsWith("0") ? "1" : "0"}`;
    expect(signatureMatches(sig, other)).toBe(false);
    expect(signatureMatches(sig, undefined)).toBe(false);
  });

  it("round-trips safe-mode encryption, Chinese included, and rejects another app id or a tampered body", () => {
    const key = aesKeyFrom(encodingAesKey);
    const xml = "<xml><Content><![CDATA[我的订单 W0020001 到哪了？]]></Content></xml>";
    const encrypted = encryptWechatMessage(key, "wx1234567890", xml, random);
    expect(decryptWechatMessage(key, "wx1234567890", encrypted)).toBe(xml);
    expect(() => decryptWechatMessage(key, "wxOTHER", encrypted)).toThrow(/another app/);
    const tampered = Buffer.from(encrypted, "base64");
    // Garbles the block holding the length and the start of the message.
    tampered[16] = (tampered[16] ?? 0) ^ 0xff;
    expect(() => decryptWechatMessage(key, "wx1234567890", tampered.toString("base64"))).toThrow();
    expect(() => aesKeyFrom("short")).toThrow(/43/);
  });
});
