import { type FormEvent, type JSX, useEffect, useState } from "react";
import type { ShopperConversation } from "../../../src/contract/entities.js";
import { WidgetAvailability } from "../../../src/contract/widget-api.js";
import { api } from "../shared/api-client.js";
import { fill, intlTag, useLocale, useStrings } from "../shared/i18n.js";
import { widgetStrings } from "./widget-strings.js";

/** "Mon 09:00–18:00, Tue 09:00–18:00" in the shopper's language (2024-01-07 was a Sunday). */
function hoursText(hours: WidgetAvailability["hours"], locale: "en" | "zh"): string {
  const day = new Intl.DateTimeFormat(intlTag(locale), { weekday: "short", timeZone: "UTC" });
  return [...hours]
    .sort((a, b) => ((a.day + 6) % 7) - ((b.day + 6) % 7))
    .map((h) => `${day.format(new Date(Date.UTC(2024, 0, 7 + h.day)))} ${h.open}–${h.close}`)
    .join(locale === "zh" ? "，" : ", ");
}

/** "about 5 min" / "about 2 h". */
function replyTime(minutes: number, t: { minutes: string; hours: string }): string {
  return minutes < 90 ? fill(t.minutes, { n: minutes }) : fill(t.hours, { n: Math.round(minutes / 60) });
}

/**
 * Shown once the shopper asked for a person: the expected reply time while the team is online,
 * otherwise the opening hours and a form to leave an email address for the reply.
 */
export function AvailabilityNotice({
  conversation,
  session,
}: {
  conversation: ShopperConversation | undefined;
  session: { conversationId: string; token: string } | undefined;
}): JSX.Element | null {
  const t = useStrings(widgetStrings);
  const [locale] = useLocale();
  const [availability, setAvailability] = useState<WidgetAvailability>();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<string>();
  const [error, setError] = useState(false);
  const waiting = conversation?.status === "waiting_agent";

  useEffect(() => {
    if (!waiting) return;
    api.get<unknown>("/widget/availability", { token: null }).then(
      (raw) => {
        const parsed = WidgetAvailability.safeParse(raw);
        if (parsed.success) setAvailability(parsed.data);
      },
      () => undefined,
    );
  }, [waiting]);

  if (!waiting || !availability) return null;
  const expected = replyTime(availability.expectedReplyMinutes, { minutes: t.aboutMinutes, hours: t.aboutHours });
  if (availability.online) {
    return (
      <p className="kw-availability" role="status" data-testid="widget-expected-reply">
        {fill(t.expectedReply, { time: expected })}
      </p>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!session) return;
    setError(false);
    try {
      await api.post(
        `/widget/conversations/${session.conversationId}/offline-contact`,
        { email },
        { token: session.token },
      );
      setSent(email);
    } catch {
      setError(true);
    }
  }

  return (
    <section className="kw-availability kw-availability--away" aria-label={t.offlineTitle} data-testid="widget-offline">
      <p>
        <strong>{t.offlineTitle}</strong> {t.offlineBody}
      </p>
      {availability.hours.length > 0 ? (
        <p>{fill(t.openingHours, { hours: hoursText(availability.hours, locale), zone: availability.timezone })}</p>
      ) : null}
      <p data-testid="widget-offline-reply-time">{fill(t.replyWhenBack, { time: expected })}</p>
      {availability.emailFallback ? (
        sent ? (
          <p role="status" data-testid="widget-offline-sent">
            {fill(t.emailSaved, { email: sent })}
          </p>
        ) : (
          <form className="kw-offline-form" onSubmit={(e) => void submit(e)}>
            <label htmlFor="kw-offline-email">{t.emailPrompt}</label>
            <div>
              <input
                id="kw-offline-email"
                type="email"
                required
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                data-testid="widget-offline-email"
              />
              <button type="submit" className="kw-btn" data-testid="widget-offline-submit">
                {t.emailSubmit}
              </button>
            </div>
            {error ? <p className="kw-error">{t.emailFailed}</p> : null}
          </form>
        )
      ) : null}
    </section>
  );
}
