import { type JSX, useCallback, useEffect, useState } from "react";
import { Link } from "wouter";
import { api } from "../shared/api-client.js";
import type { AfterSalesRequest, ConversationDetail, Customer360, Order } from "../shared/api-types.js";
import { formatDateTime, formatMoney, useLocale, useStrings } from "../shared/i18n.js";
import { Badge } from "../shared/ui/badge.js";
import { EmptyState } from "../shared/ui/states.js";
import { consoleLabels, label } from "./console-labels.js";
import { consoleStrings } from "./console-strings.js";
import { AfterSalesRow, OrderActions } from "./order-actions.js";

function orderTotal(order: Order): number {
  return order.items.reduce((s, i) => s + i.priceCents, 0);
}

function OrderBlock({
  order,
  conversationId,
  onChanged,
}: {
  order: Order;
  conversationId: string;
  onChanged: () => void;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const [locale] = useLocale();
  const [open, setOpen] = useState(false);
  const [afterSales, setAfterSales] = useState<AfterSalesRequest[]>([]);
  const loadDetail = useCallback(async () => {
    const d = await api.get<{ order: Order; afterSales: AfterSalesRequest[] }>(
      `/orders/${encodeURIComponent(order.id)}`,
    );
    setAfterSales(d.afterSales);
  }, [order.id]);
  useEffect(() => {
    if (open) void loadDetail().catch(() => setAfterSales([]));
  }, [open, loadDetail]);
  return (
    <li className="con-order" data-testid="customer-order" data-order-id={order.id}>
      <button type="button" className="con-order-head" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="con-order-id">{order.id}</span>
        <Badge tone={order.status.includes("return") || order.status === "cancelled" ? "warning" : "accent"}>
          {t.orderStatus[order.status]}
        </Badge>
        <span className="con-order-total">{formatMoney(orderTotal(order), order.currency, locale)}</span>
      </button>
      <div className="con-order-sub">
        {order.items.map((i) => i.name).join(", ")} · {formatDateTime(order.placedAt, locale)}
      </div>
      {open ? (
        <div className="con-order-body">
          <ul className="con-order-items">
            {order.items
              .map((item, position) => ({ item, position }))
              .map(({ item, position }) => (
                <li key={position}>
                  <span>
                    {item.name} <span className="con-muted">{Object.values(item.options).join(" / ")}</span>
                  </span>
                  <span>{formatMoney(item.priceCents, order.currency, locale)}</span>
                </li>
              ))}
          </ul>
          <OrderActions
            order={order}
            conversationId={conversationId}
            onDone={() => {
              onChanged();
              void loadDetail();
            }}
          />
          {afterSales.length ? (
            <>
              <h4>{t.afterSales}</h4>
              <ul className="con-as-list">
                {afterSales.map((r) => (
                  <AfterSalesRow
                    key={r.id}
                    request={r}
                    currency={order.currency}
                    onDone={() => {
                      onChanged();
                      void loadDetail();
                    }}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Customer 360: profile, orders with policy-checked actions, past conversations. */
export function CustomerPanel({
  detail,
  onChanged,
}: {
  detail: ConversationDetail;
  onChanged: () => void;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const w = useStrings(consoleLabels);
  const [locale] = useLocale();
  const customerId = detail.conversation.verifiedCustomerId;
  const [data, setData] = useState<Customer360>();
  const load = useCallback(async () => {
    if (!customerId) return setData(undefined);
    setData(await api.get<Customer360>(`/customers/${customerId}`));
  }, [customerId]);
  useEffect(() => {
    void load().catch(() => setData(undefined));
  }, [load]);

  if (!customerId) {
    return (
      <aside className="con-side" aria-label={t.customer}>
        <EmptyState title={t.notVerified}>{t.notVerifiedHint}</EmptyState>
      </aside>
    );
  }
  const c = data?.customer;
  const addr = c?.defaultAddress;
  return (
    <aside className="con-side" aria-label={t.customer} data-testid="customer-panel">
      <section className="con-side-card">
        <div className="con-profile">
          <span className="con-profile-avatar" aria-hidden="true">
            {(c?.firstName ?? customerId).slice(0, 1).toUpperCase()}
          </span>
          <div>
            <h3>
              {c ? (c.locale === "zh" ? `${c.lastName}${c.firstName}` : `${c.firstName} ${c.lastName}`) : customerId}
            </h3>
            <span className="con-muted con-mono">{customerId}</span>
          </div>
        </div>
        {c ? (
          <dl className="con-kv">
            <div>
              <dt>{t.email}</dt>
              <dd>{c.email}</dd>
            </div>
            {c.phone ? (
              <div>
                <dt>{t.phone}</dt>
                <dd>{c.phone}</dd>
              </div>
            ) : null}
            {addr ? (
              <div>
                <dt>{t.address}</dt>
                <dd>
                  {[addr.line1, addr.line2, addr.city, addr.state, addr.zip, addr.country].filter(Boolean).join(", ")}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t.language}</dt>
              <dd>{c.locale === "zh" ? "中文" : "English"}</dd>
            </div>
          </dl>
        ) : null}
      </section>
      <section className="con-side-card">
        <h3 className="con-side-title">
          {t.orders} <span className="con-muted">{data?.orders.length ?? 0}</span>
        </h3>
        {data && data.orders.length === 0 ? <p className="con-muted">{t.noOrders}</p> : null}
        <ul className="con-orders">
          {data?.orders.map((o) => (
            <OrderBlock
              key={o.id}
              order={o}
              conversationId={detail.conversation.id}
              onChanged={() => {
                void load();
                onChanged();
              }}
            />
          ))}
        </ul>
      </section>
      <section className="con-side-card">
        <h3 className="con-side-title">
          {t.pastConversations} <span className="con-muted">{data?.conversations.length ?? 0}</span>
        </h3>
        <ul className="con-past">
          {data?.conversations.map((pc) => (
            <li key={pc.id}>
              <Link href={`/c/${pc.id}`}>{formatDateTime(pc.createdAt, locale)}</Link>
              <span className="con-past-meta">
                {pc.id === detail.conversation.id ? (
                  <Badge tone="accent">{t.current}</Badge>
                ) : (
                  <Badge>{label(w.conversationStatuses, pc.status)}</Badge>
                )}
                {pc.csat ? <Badge tone="accent">★ {pc.csat}</Badge> : null}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
