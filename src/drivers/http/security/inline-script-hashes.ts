import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** CSP source expressions ('sha256-…') for every inline <script> in one HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? "";
    if (body.trim() === "") continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return hashes;
}

/** The hashes of the inline scripts in the built pages (the demo shop has one), so CSP needs no 'unsafe-inline'. */
export function builtPageScriptHashes(webDistDir: string | undefined): string[] {
  if (webDistDir === undefined || !existsSync(webDistDir)) return [];
  const pages = readdirSync(webDistDir).filter((name) => name.endsWith(".html"));
  return [...new Set(pages.flatMap((name) => inlineScriptHashes(readFileSync(join(webDistDir, name), "utf8"))))];
}
