import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { createAesGcmFieldCipher, dataKey } from "./aes-gcm-field-cipher.js";

const keyA = dataKey(randomBytes(32));
const keyB = dataKey(randomBytes(32));

function dataKeyError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof KefuError) return err.code;
    throw err;
  }
  throw new Error("expected a DATA_KEY_INVALID error");
}

describe("AES-256-GCM field cipher", () => {
  const cipher = createAesGcmFieldCipher([keyA]);

  it("round-trips text, Chinese and empty strings, with a fresh nonce every time", () => {
    for (const plain of ["sara.doe@example.com", "上海市南京西路123号", "", "x".repeat(10_000)]) {
      const sealed = cipher.encrypt(plain, "customers/c1");
      expect(sealed.startsWith(`enc1:${keyA.id}:`)).toBe(true);
      expect(cipher.decrypt(sealed, "customers/c1")).toBe(plain);
    }
    const a = cipher.encrypt("same", "ctx");
    const b = cipher.encrypt("same", "ctx");
    expect(a).not.toBe(b);
    expect(a).not.toContain("same");
  });

  it("never repeats a nonce, across refills of the nonce pool", () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const sealed = cipher.encrypt("x", "t/1");
      nonces.add(
        Buffer.from(sealed.slice(sealed.lastIndexOf(":") + 1), "base64url")
          .subarray(0, 12)
          .toString("hex"),
      );
    }
    expect(nonces.size).toBe(3000);
  });

  it("detects tampering with any byte of the ciphertext", () => {
    const sealed = cipher.encrypt('{"email":"sara@example.com"}', "customers/c1");
    const head = sealed.slice(0, sealed.lastIndexOf(":") + 1);
    const body = Buffer.from(sealed.slice(head.length), "base64url");
    for (const at of [0, 12, body.length - 1]) {
      const flipped = Buffer.from(body);
      flipped[at] = (flipped[at] ?? 0) ^ 1;
      expect(dataKeyError(() => cipher.decrypt(head + flipped.toString("base64url"), "customers/c1"))).toBe(
        "DATA_KEY_INVALID",
      );
    }
    expect(dataKeyError(() => cipher.decrypt(`${head}AAAA`, "customers/c1"))).toBe("DATA_KEY_INVALID");
  });

  it("refuses a ciphertext moved to another row (context is authenticated)", () => {
    const sealed = cipher.encrypt("secret", "customers/c1");
    expect(dataKeyError(() => cipher.decrypt(sealed, "customers/c2"))).toBe("DATA_KEY_INVALID");
  });

  it("fails with DATA_KEY_INVALID under a wrong or unknown key, and opens old ciphertexts from the keyring", () => {
    const sealedA = cipher.encrypt("hello", "t/1");
    expect(dataKeyError(() => createAesGcmFieldCipher([keyB]).decrypt(sealedA, "t/1"))).toBe("DATA_KEY_INVALID");
    // Same id, different bytes: authentication fails rather than garbage coming out.
    const impostor = { id: keyA.id, secret: keyB.secret };
    expect(dataKeyError(() => createAesGcmFieldCipher([impostor]).decrypt(sealedA, "t/1"))).toBe("DATA_KEY_INVALID");
    const rotated = createAesGcmFieldCipher([keyB, keyA]);
    expect(rotated.decrypt(sealedA, "t/1")).toBe("hello");
    expect(rotated.keyIdOf(rotated.encrypt("x", "t/1"))).toBe(keyB.id);
    expect(rotated.keyIds).toEqual([keyB.id, keyA.id]);
  });

  it("tells ciphertexts from legacy plain JSON", () => {
    expect(cipher.isEncrypted(cipher.encrypt("{}", "t/1"))).toBe(true);
    expect(cipher.isEncrypted('{"id":"c1"}')).toBe(false);
    expect(cipher.keyIdOf('{"id":"c1"}')).toBeUndefined();
  });

  it("rejects keys that are not 32 bytes", () => {
    expect(dataKeyError(() => dataKey(randomBytes(16)))).toBe("DATA_KEY_INVALID");
    expect(dataKeyError(() => createAesGcmFieldCipher([]))).toBe("DATA_KEY_INVALID");
  });
});

describe("blind index", () => {
  const cipher = createAesGcmFieldCipher([keyA]);

  it("is deterministic per key and purpose, and reveals nothing of the value", () => {
    const a = cipher.blindIndex("customer.email", "sara@example.com");
    expect(a).toBe(createAesGcmFieldCipher([keyA]).blindIndex("customer.email", "sara@example.com"));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(cipher.blindIndex("customer.email", "sara@example.org"));
    expect(a).not.toBe(cipher.blindIndex("customer.phone", "sara@example.com"));
    expect(a).not.toBe(createAesGcmFieldCipher([keyB]).blindIndex("customer.email", "sara@example.com"));
  });

  it("gives one hash per key in the keyring, the current key's first", () => {
    const rotating = createAesGcmFieldCipher([keyB, keyA]);
    expect(rotating.blindIndexes("p", "v")).toEqual([
      createAesGcmFieldCipher([keyB]).blindIndex("p", "v"),
      cipher.blindIndex("p", "v"),
    ]);
  });
});
