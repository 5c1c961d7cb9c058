import { describe, expect, it } from "vitest";
import { compareKpis, previousPeriod } from "./period-comparison.js";
import { computeServiceMetrics } from "./service-metrics.js";

const metrics = (overrides: Partial<ReturnType<typeof computeServiceMetrics>>) => ({
  ...computeServiceMetrics({
    since: "2026-03-01T00:00:00.000Z",
    until: "2026-03-02T00:00:00.000Z",
    conversations: [],
    messages: [],
    handoffs: [],
  }),
  ...overrides,
});

describe("period comparison", () => {
  it("takes the period of the same length just before", () => {
    expect(previousPeriod("2026-03-08T00:00:00.000Z", "2026-03-15T00:00:00.000Z")).toEqual({
      since: "2026-03-01T00:00:00.000Z",
      until: "2026-03-08T00:00:00.000Z",
    });
  });

  it("gives absolute and relative changes, null where a side has no figure", () => {
    const d = compareKpis(
      metrics({ conversations: 30, handoffRate: 0.2, csatAverage: 4.5, firstResponseSecondsP50: null }),
      metrics({ conversations: 20, handoffRate: 0.25, csatAverage: 4, firstResponseSecondsP50: 12 }),
    );
    expect(d.conversations).toEqual({ current: 30, previous: 20, change: 10, relative: 0.5 });
    expect(d.handoffRate.change).toBeCloseTo(-0.05, 10);
    expect(d.csatAverage.relative).toBeCloseTo(0.125, 10);
    expect(d.firstResponseSecondsP50).toEqual({ current: null, previous: 12, change: null, relative: null });
  });

  it("does not compare rates with a period that had no conversations", () => {
    const d = compareKpis(metrics({ conversations: 5, resolutionRate: 0.8 }), metrics({ conversations: 0 }));
    expect(d.conversations).toEqual({ current: 5, previous: 0, change: 5, relative: null });
    expect(d.resolutionRate).toEqual({ current: 0.8, previous: null, change: null, relative: null });
  });
});
