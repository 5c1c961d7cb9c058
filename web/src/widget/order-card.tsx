import type { JSX } from "react";
import type { OrderCard as OrderCardData } from "../shared/api-types.js";
import { formatDateTime, useLocale, useStrings } from "../shared/i18n.js";
import { widgetStrings } from "./widget-strings.js";

const STATUS_TONE: Record<string, string> = {
  delivered: "ok",
  shipped: "info",
  processed: "info",
  pending: "muted",
  cancelled: "bad",
  return_requested: "warn",
  exchange_requested: "warn",
  returned: "muted",
  exchanged: "muted",
};

/** An order in the chat: status, items, total and each shipment's tracking timeline (newest first). */
export function OrderCard({ card }: { card: OrderCardData }): JSX.Element {
  const t = useStrings(widgetStrings);
  const [locale] = useLocale();
  return (
    <article className="kw-order" aria-label={`${t.order} ${card.orderId}`}>
      <header className="kw-order-head">
        <span className="kw-order-id">
          {t.order} {card.orderId}
        </span>
        <span className={`kw-pill kw-pill--${STATUS_TONE[card.status] ?? "muted"}`}>
          {card.statusLabel ?? card.status}
        </span>
      </header>
      <ul className="kw-order-items">
        {card.items
          .map((item, position) => ({ item, position }))
          .map(({ item, position }) => (
            <li key={position}>
              <span>
                {item.name}
                {item.options && Object.keys(item.options).length ? (
                  <span className="kw-muted"> · {Object.values(item.options).join(" / ")}</span>
                ) : null}
              </span>
              {item.price ? <span>{item.price}</span> : null}
            </li>
          ))}
      </ul>
      {card.total ? (
        <div className="kw-order-total">
          <span>{t.total}</span>
          <strong>{card.total}</strong>
        </div>
      ) : null}
      {card.shipments.map((s) => (
        <div key={s.trackingIds.join(",") || "shipment"} className="kw-ship">
          <div className="kw-ship-head">
            {t.tracking}: {s.carrier ? `${s.carrier} · ` : ""}
            <span className="kw-mono">{s.trackingIds.join(", ")}</span>
          </div>
          <ol className="kw-timeline">
            {[...s.timeline].reverse().map((e, i) => (
              <li key={`${e.at}-${e.status}`} className={i === 0 ? "kw-tl-latest" : undefined}>
                <span className="kw-tl-dot" aria-hidden="true" />
                <div>
                  <strong>{e.label ?? e.status}</strong>
                  {e.location ? <span className="kw-muted"> · {e.location}</span> : null}
                  <div className="kw-muted kw-small">{formatDateTime(e.at, locale)}</div>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </article>
  );
}
