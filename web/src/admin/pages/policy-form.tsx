import type { JSX, ReactNode } from "react";
import { Card } from "../components/card.js";
import { scrollRegion } from "../components/scroll-region.js";
import type { FieldPath } from "../lib/field-errors.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { ACTIONS, DESTINATIONS, FLAGS, type PolicyDraft, STATUS_COLUMNS, WINDOWS } from "./policy-draft.js";

/** Messages for `path` and everything below it (`statuses.cancel` also shows `statuses.cancel.0`). */
function messagesAt(errors: Map<FieldPath, string>, path: string): string | undefined {
  const found = [...errors].filter(([p]) => p === path || p.startsWith(`${path}.`)).map(([, m]) => m);
  return found.length ? found.join("; ") : undefined;
}

function FieldError(props: { message: string | undefined; id?: string }): JSX.Element | null {
  return props.message ? (
    <span className="adm-field-error" role="alert" id={props.id}>
      {props.message}
    </span>
  ) : null;
}

function Section(props: { title: string; hint?: string; children: ReactNode }): JSX.Element {
  return (
    <Card title={props.title} subtitle={props.hint}>
      {props.children}
    </Card>
  );
}

/** The ShopPolicy form, section by section, with server errors beside their fields. */
export function PolicyForm(props: {
  draft: PolicyDraft;
  onChange: (draft: PolicyDraft) => void;
  errors: Map<FieldPath, string>;
}): JSX.Element {
  const { t } = useAdminStrings();
  const f = t.policyFields;
  const { draft, onChange, errors } = props;
  const at = (path: string) => messagesAt(errors, path);

  return (
    <div className="adm-stack" data-testid="policy-form">
      <Section title={f.name} hint={f.nameHint}>
        <label className={`adm-field adm-field-narrow${at("name") ? " has-error" : ""}`}>
          <input
            value={draft.name}
            name="name"
            aria-label={f.name}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
          />
          <FieldError message={at("name")} />
        </label>
      </Section>

      <Section title={f.statuses} hint={f.statusesHint}>
        <div className="adm-table-wrap" {...scrollRegion(f.statuses)}>
          <table className="adm-table adm-matrix">
            <thead>
              <tr>
                <th />
                {STATUS_COLUMNS.map((s) => (
                  <th key={s} className="adm-matrix-cell">
                    {f.orderStatuses[s] ?? s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ACTIONS.map((action) => (
                <tr key={action} className={at(`statuses.${action}`) ? "has-error" : ""}>
                  <th scope="row">
                    {f.actions[action] ?? action}
                    <FieldError message={at(`statuses.${action}`)} />
                  </th>
                  {STATUS_COLUMNS.map((status) => {
                    const on = draft.statuses[action].includes(status);
                    return (
                      <td key={status} className="adm-matrix-cell">
                        <input
                          type="checkbox"
                          checked={on}
                          aria-label={`${f.actions[action] ?? action}: ${f.orderStatuses[status] ?? status}`}
                          onChange={() => {
                            const next = on
                              ? draft.statuses[action].filter((s) => s !== status)
                              : [...draft.statuses[action], status];
                            onChange({ ...draft, statuses: { ...draft.statuses, [action]: next } });
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title={f.windows} hint={f.windowsHint}>
        <div className="adm-form-grid">
          {WINDOWS.map((key) => {
            const w = draft.windows[key];
            const set = (next: Partial<typeof w>) =>
              onChange({ ...draft, windows: { ...draft.windows, [key]: { ...w, ...next } } });
            return (
              <div key={key} className={`adm-field${at(key) ? " has-error" : ""}`}>
                <label htmlFor={`policy-${key}`}>{f[key]}</label>
                <div className="adm-form-row">
                  <input
                    id={`policy-${key}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={3650}
                    step={1}
                    name={key}
                    aria-invalid={at(key) ? true : undefined}
                    aria-describedby={at(key) ? `policy-${key}-error` : undefined}
                    value={w.days}
                    disabled={w.unlimited}
                    onChange={(e) => set({ days: e.target.value })}
                    className="adm-input-days"
                  />
                  <label className="adm-toggle">
                    <input
                      type="checkbox"
                      checked={w.unlimited}
                      onChange={(e) => set({ unlimited: e.target.checked, days: w.days || "7" })}
                    />
                    {f.noLimit}
                  </label>
                </div>
                <FieldError message={at(key)} id={`policy-${key}-error`} />
              </div>
            );
          })}
        </div>
      </Section>

      <div className="adm-grid">
        <Section title={f.cancel}>
          <div className={`adm-field${at("cancelReasons") ? " has-error" : ""}`}>
            <span>{f.cancelReasons}</span>
            <label className="adm-toggle">
              <input
                type="checkbox"
                checked={draft.anyReason}
                onChange={(e) => onChange({ ...draft, anyReason: e.target.checked })}
              />
              {f.anyReason}
            </label>
            {draft.anyReason ? null : (
              <textarea
                rows={4}
                name="cancelReasons"
                value={draft.cancelReasons}
                onChange={(e) => onChange({ ...draft, cancelReasons: e.target.value })}
              />
            )}
            <span className="adm-field-hint">{t.policy.listHint}</span>
            <FieldError message={at("cancelReasons")} />
          </div>
        </Section>

        <Section title={f.refunds}>
          <div className={`adm-field${at("returnRefundTo") ? " has-error" : ""}`}>
            <span>{f.returnRefundTo}</span>
            {DESTINATIONS.map((d) => (
              <label key={d} className="adm-toggle">
                <input
                  type="checkbox"
                  checked={draft.returnRefundTo.includes(d)}
                  onChange={(e) =>
                    onChange({
                      ...draft,
                      returnRefundTo: e.target.checked
                        ? [...draft.returnRefundTo, d]
                        : draft.returnRefundTo.filter((x) => x !== d),
                    })
                  }
                />
                {f.destinations[d] ?? d}
              </label>
            ))}
            <FieldError message={at("returnRefundTo")} />
          </div>
        </Section>
      </div>

      <Section title={f.refundTiming}>
        <div className="adm-form-grid adm-form-grid-wide">
          {(["giftCard", "other"] as const).flatMap((kind) =>
            (["en", "zh"] as const).map((lang) => {
              const path = `refundTiming.${kind}.${lang}`;
              return (
                <label key={path} className={`adm-field${at(path) ? " has-error" : ""}`}>
                  <span>
                    {kind === "giftCard" ? f.giftCardTiming : f.otherTiming} · {lang === "en" ? "English" : "中文"}
                  </span>
                  <input
                    value={draft.refundTiming[kind][lang]}
                    onChange={(e) =>
                      onChange({
                        ...draft,
                        refundTiming: {
                          ...draft.refundTiming,
                          [kind]: { ...draft.refundTiming[kind], [lang]: e.target.value },
                        },
                      })
                    }
                  />
                  <FieldError message={at(path)} />
                </label>
              );
            }),
          )}
        </div>
      </Section>

      <Section title={f.rules}>
        <div className="adm-rules">
          {FLAGS.map((key) => (
            <label key={key} className="adm-switch-row">
              <input
                type="checkbox"
                checked={draft.flags[key]}
                onChange={(e) => onChange({ ...draft, flags: { ...draft.flags, [key]: e.target.checked } })}
              />
              <span>{f[key]}</span>
              <FieldError message={at(key)} />
            </label>
          ))}
          <label className="adm-switch-row is-locked">
            <input type="checkbox" checked disabled />
            <span>{f.requireExplicitConfirmation}</span>
          </label>
        </div>
      </Section>
    </div>
  );
}
