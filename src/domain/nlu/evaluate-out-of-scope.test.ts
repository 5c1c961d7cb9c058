import { describe, expect, it } from "vitest";
import { evaluateOutOfScope, expectedCalibrationError } from "./evaluate-out-of-scope.js";
import type { Intent } from "./intent.js";

describe("expectedCalibrationError", () => {
  it("is zero when confidence matches accuracy and grows with over-confidence", () => {
    const calibrated = [0.75, 0.75, 0.75, 0.75].map((confidence, i) => ({ confidence, correct: i < 3 }));
    expect(expectedCalibrationError(calibrated)).toBeCloseTo(0, 10);
    const overconfident = [0.95, 0.95].map((confidence, i) => ({ confidence, correct: i === 0 }));
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.45, 10);
  });
});

describe("evaluateOutOfScope", () => {
  it("counts out_of_scope answers and low-confidence answers as rejections", () => {
    const answers: Record<string, { intent: Intent; confidence: number }> = {
      "where is it": { intent: "logistics", confidence: 0.9 },
      "tell me a joke": { intent: "out_of_scope", confidence: 0.8 },
      hmm: { intent: "complaint", confidence: 0.3 },
      "the thing": { intent: "complaint", confidence: 0.7 },
    };
    const classify = (text: string) => answers[text] ?? { intent: "out_of_scope" as const, confidence: 0 };
    const result = evaluateOutOfScope(
      classify,
      [{ text: "where is it", label: "logistics" }],
      ["tell me a joke", "hmm", "the thing"],
      0.45,
    );
    expect(result.inScopeAccuracy).toBe(1);
    expect(result.oosRecall).toBeCloseTo(2 / 3, 10);
    expect(result.oosStrictRecall).toBeCloseTo(1 / 3, 10);
    expect(result.misses).toEqual([{ text: "the thing", intent: "complaint", confidence: 0.7 }]);
  });
});
