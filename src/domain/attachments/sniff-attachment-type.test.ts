import { describe, expect, it } from "vitest";
import { sniffAttachmentType } from "./sniff-attachment-type.js";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffAttachmentType", () => {
  it("recognises the allowed types by their magic bytes", () => {
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniffAttachmentType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffAttachmentType(bytes("GIF89a", [1, 0]))).toBe("image/gif");
    expect(sniffAttachmentType(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
    expect(sniffAttachmentType(bytes("%PDF-1.7\n"))).toBe("application/pdf");
  });

  it("refuses everything else, whatever it is called", () => {
    expect(sniffAttachmentType(bytes("<svg xmlns='http://www.w3.org/2000/svg'>"))).toBeUndefined();
    expect(sniffAttachmentType(bytes("<html><script>alert(1)</script>"))).toBeUndefined();
    expect(sniffAttachmentType(bytes("MZ", [0x90, 0]))).toBeUndefined();
    expect(sniffAttachmentType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeUndefined();
    expect(sniffAttachmentType(bytes([0xff, 0xd8]))).toBeUndefined();
    expect(sniffAttachmentType(new Uint8Array())).toBeUndefined();
  });
});
