import { describe, expect, it } from "vitest";
import { createThrottledLog, pathOnly } from "./log-hygiene.js";

describe("log hygiene", () => {
  it("keeps the path and drops the query string and fragment", () => {
    expect(pathOnly("/api/v1/ws?token=kw1.secret")).toBe("/api/v1/ws");
    expect(pathOnly("/api/v1/customers?email=a@b.c#x")).toBe("/api/v1/customers");
    expect(pathOnly("/plain")).toBe("/plain");
    expect(pathOnly(`/${"a".repeat(1000)}`)).toHaveLength(300);
  });

  it("logs once per window and reports how many lines it suppressed", () => {
    let now = 0;
    const lines: Array<Record<string, unknown>> = [];
    const log = createThrottledLog((fields) => lines.push(fields), { windowMs: 1000, now: () => now });
    for (let i = 0; i < 500; i++) log({ i }, "frame failed");
    expect(lines).toEqual([{ i: 0 }]);
    now = 1000;
    log({ i: 500 }, "frame failed");
    expect(lines).toEqual([{ i: 0 }, { i: 500, suppressed: 499 }]);
  });
});
