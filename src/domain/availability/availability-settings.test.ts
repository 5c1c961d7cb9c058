import { describe, expect, it } from "vitest";
import { AvailabilitySettings, isTeamAvailable } from "./availability-settings.js";

const shanghai = AvailabilitySettings.parse({
  timezone: "Asia/Shanghai",
  hours: [{ day: 1, open: "09:00", close: "18:00" }],
});

describe("isTeamAvailable", () => {
  it("follows the opening hours in the shop's time zone", () => {
    // Monday 2026-01-05 10:00 in Shanghai is 02:00 UTC.
    expect(isTeamAvailable(shanghai, new Date("2026-01-05T02:00:00Z"))).toBe(true);
    // 18:00 Shanghai: closed (the close time is exclusive).
    expect(isTeamAvailable(shanghai, new Date("2026-01-05T10:00:00Z"))).toBe(false);
    // Sunday 23:30 UTC is Monday 07:30 in Shanghai: not open yet.
    expect(isTeamAvailable(shanghai, new Date("2026-01-04T23:30:00Z"))).toBe(false);
    // Tuesday: no hours that day.
    expect(isTeamAvailable(shanghai, new Date("2026-01-06T02:00:00Z"))).toBe(false);
  });

  it("lets an admin force the team online or away", () => {
    const sunday = new Date("2026-01-04T02:00:00Z");
    expect(isTeamAvailable({ ...shanghai, mode: "online" }, sunday)).toBe(true);
    expect(isTeamAvailable({ ...shanghai, mode: "away" }, new Date("2026-01-05T02:00:00Z"))).toBe(false);
  });

  it("refuses a time zone the runtime does not know, so later checks cannot throw", () => {
    expect(AvailabilitySettings.safeParse({ timezone: "Mars/Olympus" }).success).toBe(false);
    expect(AvailabilitySettings.safeParse({ timezone: "'; DROP" }).success).toBe(false);
    expect(AvailabilitySettings.safeParse({ timezone: "Asia/Shanghai" }).success).toBe(true);
  });
});
