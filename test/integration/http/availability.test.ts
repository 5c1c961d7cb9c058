import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WidgetAvailability } from "../../../src/contract/widget-api.js";
import { ADMIN, createTestApp, type TestApp } from "../fixtures/test-app.js";

describe("availability and the offline fallback", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it("an admin sets the team away; the widget hears it and the shopper leaves an email for the agents", async () => {
    const admin = await t.login(ADMIN);
    const settings = {
      timezone: "Asia/Shanghai",
      hours: [{ day: 1, open: "09:00", close: "18:00" }],
      mode: "away",
      expectedReplyMinutes: 120,
      emailFallback: true,
    };
    const put = await t.app.inject({
      method: "PUT",
      url: "/api/v1/settings/availability",
      headers: admin,
      payload: settings,
    });
    expect(put.statusCode).toBe(200);
    const got = await t.app.inject({ method: "GET", url: "/api/v1/settings/availability", headers: admin });
    expect(got.json()).toEqual(settings);

    const widget = WidgetAvailability.parse(
      (await t.app.inject({ method: "GET", url: "/api/v1/widget/availability" })).json(),
    );
    expect(widget).toEqual({
      online: false,
      timezone: "Asia/Shanghai",
      hours: settings.hours,
      expectedReplyMinutes: 120,
      emailFallback: true,
    });

    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const shopper = { authorization: `Bearer ${opened.token}` };
    const left = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${opened.conversation.id}/offline-contact`,
      headers: shopper,
      payload: { email: "li.na@example.com", note: "parcel arrived broken" },
    });
    expect(left.statusCode).toBe(200);
    const messages = await t.store.messages.listSince(opened.conversation.id, 0);
    expect(messages.at(-1)).toMatchObject({
      author: "note",
      payload: { kind: "offline_contact", email: "li.na@example.com" },
    });
    // The note is for agents: the shopper's own transcript does not show it.
    const mine = await t.app.inject({
      method: "GET",
      url: `/api/v1/widget/conversations/${opened.conversation.id}/messages`,
      headers: shopper,
    });
    expect(mine.json().items.some((m: { author: string }) => m.author === "note")).toBe(false);
  });

  it("refuses a bad email and bad hours with the field named", async () => {
    const admin = await t.login(ADMIN);
    const bad = await t.app.inject({
      method: "PUT",
      url: "/api/v1/settings/availability",
      headers: admin,
      payload: { hours: [{ day: 1, open: "9am", close: "18:00" }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain("hours");
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${opened.conversation.id}/offline-contact`,
      headers: { authorization: `Bearer ${opened.token}` },
      payload: { email: "not-an-email" },
    });
    expect(res.statusCode).toBe(400);
  });
});
