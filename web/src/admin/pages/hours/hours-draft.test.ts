import { describe, expect, it } from "vitest";
import { fromDraft, serverIssues, toDraft, validateDraft } from "./hours-draft.js";
import { HOURS_STRINGS } from "./hours-strings.js";

const stored = {
  mode: "auto" as const,
  timezone: "Asia/Shanghai",
  hours: [
    { day: 1, open: "09:00", close: "12:00" },
    { day: 1, open: "13:00", close: "18:00" },
    { day: 6, open: "10:00", close: "16:00" },
  ],
  expectedReplyMinutes: 5,
  emailFallback: true,
};
const name = (day: number) => ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day] ?? "?";

describe("business hours form", () => {
  it("round-trips stored settings, keeping a day's second range", () => {
    const draft = toDraft(stored);
    expect(draft.days[1]).toEqual({ open: true, from: "09:00", to: "12:00" });
    expect(draft.days[0]?.open).toBe(false);
    expect(fromDraft(draft).hours).toEqual(expect.arrayContaining(stored.hours));
    expect(fromDraft(draft).hours).toHaveLength(3);
  });

  it("closing a day drops its ranges", () => {
    const draft = toDraft(stored);
    const day = draft.days[1];
    if (!day) throw new Error("Monday missing");
    draft.days[1] = { ...day, open: false };
    expect(fromDraft(draft).hours).toEqual([{ day: 6, open: "10:00", close: "16:00" }]);
  });

  it("refuses an unknown IANA zone, a backwards range and bad minutes with sentences", () => {
    const draft = { ...toDraft(stored), timezone: "Mars/Olympus_Mons", expectedReplyMinutes: "0" };
    const sat = draft.days[6];
    if (!sat) throw new Error("Saturday missing");
    draft.days[6] = { ...sat, from: "17:00", to: "08:00" };
    const issues = validateDraft(draft, HOURS_STRINGS.en, name);
    expect(issues.map((i) => i.path)).toEqual(["timezone", "day.6", "expectedReplyMinutes"]);
    expect(issues[0]?.message).toBe(
      "“Mars/Olympus_Mons” is not a time zone Kefu knows. Use an IANA name such as Asia/Shanghai or America/New_York.",
    );
    expect(issues[1]?.message).toBe("Sat: the closing time must be later than the opening time.");
    expect(validateDraft(toDraft(stored), HOURS_STRINGS.zh, name)).toEqual([]);
  });

  it("words the server's schema issues instead of showing them", () => {
    const draft = { ...toDraft(stored), timezone: "Europe/Atlantis" };
    const issues = serverIssues(
      [{ path: "/timezone", message: "an IANA time zone such as Asia/Shanghai" }],
      draft,
      HOURS_STRINGS.zh,
      name,
    );
    expect(issues).toEqual([
      {
        path: "timezone",
        message: "无法识别时区“Europe/Atlantis”。请使用 IANA 时区名，例如 Asia/Shanghai 或 America/New_York。",
      },
    ]);
  });
});
