import { describe, expect, it } from "vitest";
import { passHatK, summariseRuns } from "./pass-k.js";

describe("pass^k", () => {
  it("estimates the chance that k tries all pass from c passes in n runs", () => {
    expect(passHatK(4, 4, 4)).toBe(1);
    expect(passHatK(4, 3, 4)).toBe(0);
    expect(passHatK(4, 2, 1)).toBe(0.5);
    expect(passHatK(4, 3, 2)).toBe(0.5);
    expect(passHatK(1, 1, 1)).toBe(1);
    expect(passHatK(2, 1, 3)).toBe(0);
  });

  it("summarises pass^1 and pass^k over dialogs", () => {
    expect(
      summariseRuns(
        [
          [true, true],
          [true, false],
        ],
        2,
      ),
    ).toEqual({ passRate: 0.75, passK: 0.5 });
    expect(summariseRuns([], 1)).toEqual({ passRate: 0, passK: 0 });
  });
});
