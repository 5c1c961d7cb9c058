import { describe, expect, it } from "vitest";
import { localizedDuration } from "../../web/src/console/localized-duration.js";

describe("localizedDuration", () => {
  it("writes Chinese units for zh and keeps the English form for en", () => {
    expect(localizedDuration(245, "zh")).toBe("4分05秒");
    expect(localizedDuration(4320, "zh")).toBe("1小时12分");
    expect(localizedDuration(9, "zh")).toBe("9秒");
    expect(localizedDuration(245, "en")).toBe("4m 05s");
  });
});
