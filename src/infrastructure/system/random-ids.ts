import { randomBytes } from "node:crypto";
import type { IdGenerator } from "../../application/ports/id-generator.js";

/** Time-ordered ids (48-bit ms + 64 random bits, base32) so ids sort by creation time. */
export const randomIds: IdGenerator = {
  next(prefix) {
    const time = Date.now().toString(32).padStart(10, "0");
    const rand = BigInt(`0x${randomBytes(8).toString("hex")}`)
      .toString(32)
      .padStart(13, "0");
    return `${prefix}_${time}${rand}`;
  },
};

/** Deterministic ids for tests: prefix_1, prefix_2, ... */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return { next: (prefix) => `${prefix}_${++n}` };
}
