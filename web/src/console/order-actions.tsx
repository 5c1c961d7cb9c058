import { type JSX, useState } from "react";
import { ApiError, api, newClientId } from "../shared/api-client.js";
import type { AfterSalesRequest, Order } from "../shared/api-types.js";
import { fill, formatMoney, useLocale, useStrings } from "../shared/i18n.js";
import { Badge } from "../shared/ui/badge.js";
import { Button } from "../shared/ui/button.js";
import { ConfirmDialog } from "../shared/ui/confirm-dialog.js";
import { consoleStrings } from "./console-strings.js";
import { type ActionEligibility, parseEligibility } from "./eligibility.js";

type Kind = "cancel" | "return" | "exchange";
const KINDS: Kind[] = ["cancel", "return", "exchange"];

/** Policy-checked actions on one order: eligibility, a confirm dialog, then the server runs the same engine as the bot. */
export function OrderActions({
  order,
  conversationId,
  onDone,
}: {
  order: Order;
  conversationId: string;
  onDone: () => void;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const [locale] = useLocale();
  const [eligibility, setEligibility] = useState<ActionEligibility[] | null>(null);
  const [pending, setPending] = useState<Kind | null>(null);
  const [reason, setReason] = useState("no longer needed");
  const [items, setItems] = useState<number[]>(() => order.items.map((_, i) => i));
  const [variant, setVariant] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const label: Record<Kind, string> = { cancel: t.cancelOrder, return: t.returnItems, exchange: t.exchangeItems };

  async function check() {
    try {
      setEligibility(
        parseEligibility(await api.get<unknown>(`/orders/${encodeURIComponent(order.id)}/eligibility`), locale),
      );
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  }

  async function run(kind: Kind) {
    setBusy(true);
    const paymentMethodId = order.payments.find((p) => p.type === "payment")?.paymentMethodId;
    const body =
      kind === "cancel"
        ? { reason, conversationId }
        : kind === "return"
          ? { itemIndexes: items, refundMethodId: paymentMethodId, conversationId }
          : { itemIndexes: items, newVariantIds: items.map(() => variant), paymentMethodId, conversationId };
    try {
      await api.post(`/orders/${encodeURIComponent(order.id)}/${kind}`, body, { idempotencyKey: newClientId("act") });
      setMessage({ ok: true, text: fill(t.actionDone, { action: label[kind], id: order.id }) });
      setPending(null);
      onDone();
      void check();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? `${err.code}: ${err.message}` : String(err) });
      setPending(null);
    } finally {
      setBusy(false);
    }
  }

  const allowedOf = (kind: Kind) => eligibility?.find((e) => e.action === kind);
  const title = pending
    ? fill({ cancel: t.confirmCancelTitle, return: t.confirmReturnTitle, exchange: t.confirmExchangeTitle }[pending], {
        id: order.id,
      })
    : "";

  return (
    <div className="con-actions">
      <div className="con-actions-row">
        {eligibility === null ? (
          <Button size="sm" onClick={() => void check()}>
            {t.checkActions}
          </Button>
        ) : null}
        {KINDS.map((kind) => {
          const e = allowedOf(kind);
          return (
            <Button
              key={kind}
              size="sm"
              variant={kind === "cancel" ? "danger" : "default"}
              disabled={e ? !e.allowed : false}
              title={e?.reason}
              onClick={() => setPending(kind)}
            >
              {label[kind]}
            </Button>
          );
        })}
      </div>
      {eligibility ? (
        <ul className="con-elig">
          {eligibility
            .filter((e) => KINDS.some((k) => k === e.action))
            .map((e) => (
              <li key={e.action}>
                <Badge tone={e.allowed ? "success" : "neutral"}>{e.allowed ? t.allowed : t.notAllowed}</Badge>
                <span>{label[KINDS.find((k) => k === e.action) ?? "cancel"]}</span>
                {e.reason ? <span className="con-muted"> — {e.reason}</span> : null}
              </li>
            ))}
        </ul>
      ) : null}
      {message ? (
        <div className={message.ok ? "con-note-ok" : "k-alert"} role="status">
          {message.text}
        </div>
      ) : null}
      {pending ? (
        <ConfirmDialog
          title={title}
          confirmLabel={t.confirm}
          cancelLabel={t.cancel}
          danger={pending === "cancel"}
          busy={busy}
          onCancel={() => setPending(null)}
          onConfirm={() => void run(pending)}
        >
          <p>{t.confirmBody}</p>
          {pending === "cancel" ? (
            <label className="k-field">
              <span>{t.reasonLabel}</span>
              <select className="k-input" value={reason} onChange={(e) => setReason(e.target.value)}>
                <option value="no longer needed">{t.reasonNoLonger}</option>
                <option value="ordered by mistake">{t.reasonMistake}</option>
              </select>
            </label>
          ) : (
            <fieldset className="con-items-pick">
              <legend>{t.itemsLabel}</legend>
              {order.items
                .map((item, i) => ({ item, i }))
                .map(({ item, i }) => (
                  <label key={i}>
                    <input
                      type="checkbox"
                      checked={items.includes(i)}
                      onChange={(e) =>
                        setItems((s) => (e.target.checked ? [...s, i].sort() : s.filter((x) => x !== i)))
                      }
                    />
                    {item.name} {Object.values(item.options).join(" / ")}
                  </label>
                ))}
              {pending === "exchange" ? (
                <label className="k-field">
                  <span>{t.newVariantLabel}</span>
                  <input className="k-input" value={variant} onChange={(e) => setVariant(e.target.value)} />
                </label>
              ) : null}
            </fieldset>
          )}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Approve / reject an after-sales request waiting for staff, each after a confirmation. */
export function AfterSalesRow({
  request,
  currency,
  onDone,
}: {
  request: AfterSalesRequest;
  currency: string;
  onDone: () => void;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const [locale] = useLocale();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<"approve" | "reject" | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A rejection tells the shopper why, so the dialog does not confirm without a reason.
  const [reason, setReason] = useState("");
  const kind = t.asKind[request.kind] ?? request.kind;
  const amount = formatMoney(Math.abs(request.amountCents), currency, locale);
  async function decide(decision: "approve" | "reject") {
    setBusy(true);
    try {
      await api.post(`/after-sales/${request.id}/${decision}`, decision === "reject" ? { reason: reason.trim() } : {}, {
        idempotencyKey: newClientId("as"),
      });
      setPending(null);
      onDone();
    } catch (err) {
      setPending(null);
      setError(err instanceof ApiError ? `${err.code}: ${err.message}` : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <li className="con-as-row" data-testid="after-sales-request">
      <span>
        <strong>{kind}</strong> · {request.orderId}
        {request.amountCents !== 0 ? (
          <span className="con-muted"> · {fill(request.amountCents > 0 ? t.refundOf : t.chargeOf, { amount })}</span>
        ) : null}
      </span>
      <Badge tone={request.status === "requested" ? "warning" : request.status === "rejected" ? "danger" : "success"}>
        {t.asStatus[request.status] ?? request.status}
      </Badge>
      {request.status === "requested" ? (
        <span className="con-as-actions">
          <Button size="sm" disabled={busy} onClick={() => setPending("approve")}>
            {t.approve}
          </Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={() => setPending("reject")}>
            {t.reject}
          </Button>
        </span>
      ) : null}
      {error ? <span className="k-alert">{error}</span> : null}
      {pending ? (
        <ConfirmDialog
          title={fill(pending === "approve" ? t.approveTitle : t.rejectTitle, { kind, id: request.orderId })}
          confirmLabel={pending === "approve" ? t.approve : t.reject}
          cancelLabel={t.cancel}
          danger={pending === "reject"}
          busy={busy}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            if (pending === "reject" && !reason.trim()) return;
            void decide(pending);
          }}
        >
          <p>{t.approveBody}</p>
          {pending === "reject" ? (
            <label className="con-field">
              <span>{t.reasonLabel}</span>
              <textarea
                className="k-input"
                rows={2}
                required
                aria-required="true"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                data-testid="reject-reason"
              />
            </label>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
