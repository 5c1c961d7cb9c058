import { parseUsAddress } from "./parse-us-address.js";
import { parseZhAddress } from "./parse-zh-address.js";
import type { ParsedAddress } from "./parsed-address.js";
import { hasHan } from "./text.js";

/**
 * Reads an address from a whole message in either convention: Chinese when the text carries a Chinese
 * address (省/市/区/路…), else US-style ("请改到 88 Pine Road, Oakland CA 94610" is US).
 */
export function extractAddress(text: string): ParsedAddress | undefined {
  if (hasHan(text) && /[省市区县旗路街道号]/.test(text)) {
    const zh = parseZhAddress(text);
    if (zh) return { kind: "zh", ...zh };
  }
  const us = parseUsAddress(text);
  return us ? { kind: "us", ...us } : undefined;
}
