import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./inline-script-hashes.js";

describe("inline script hashes", () => {
  it("hashes inline scripts exactly as browsers do, and skips external ones", () => {
    const code = "\n  document.documentElement.lang = 'en';\n";
    const html = `<head><script>${code}</script><script src="/widget.js" async></script><script type="module" src="/a.js"></script></head>`;
    const expected = `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
    expect(inlineScriptHashes("<p>no scripts</p>")).toEqual([]);
  });
});
