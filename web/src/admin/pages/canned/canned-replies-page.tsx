import { type JSX, useState } from "react";
import type { CannedReply, CannedReplyList } from "../../../../../src/contract/canned-replies.js";
import { useStrings } from "../../../shared/i18n.js";
import { Card, PageHeader } from "../../components/card.js";
import { EmptyState, ErrorState, LoadingState } from "../../components/states.js";
import { useAdminStrings } from "../../lib/use-admin-strings.js";
import { useApi } from "../../lib/use-api.js";
import { cannedAdminStrings } from "./canned-admin-strings.js";
import { CannedReplyForm } from "./canned-reply-form.js";
import "./canned-replies.css";

/** Which reply the form shows: a new one, an existing one, or none. */
type Editing = { kind: "new" } | { kind: "edit"; reply: CannedReply } | null;

/** Admin → Canned replies: one language at a time, the list beside the editor. */
export function CannedRepliesPage(): JSX.Element {
  const { locale: uiLocale } = useAdminStrings();
  const k = useStrings(cannedAdminStrings);
  const [locale, setLocale] = useState<"en" | "zh">(uiLocale);
  const list = useApi<CannedReplyList>(`/canned-replies?locale=${locale}`);
  const [editing, setEditing] = useState<Editing>(null);
  const [formKey, setFormKey] = useState(0);
  const items = list.data?.items ?? [];

  function open(next: Editing): void {
    setEditing(next);
    setFormKey((n) => n + 1);
  }

  return (
    <div className="adm-page" data-testid="admin-canned">
      <PageHeader title={k.title} subtitle={k.subtitle}>
        <fieldset className="adm-segmented adm-canned-locales">
          <legend className="adm-sr-only">{k.languages}</legend>
          {(["en", "zh"] as const).map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={locale === l}
              className={locale === l ? "is-active" : ""}
              onClick={() => {
                setLocale(l);
                open(null);
              }}
              data-testid={`canned-locale-${l}`}
            >
              {k[`language_${l}`]}
            </button>
          ))}
        </fieldset>
        <button type="button" className="adm-btn" onClick={() => open({ kind: "new" })} data-testid="canned-new">
          + {k.newReply}
        </button>
      </PageHeader>
      <div className="adm-kb-layout">
        <Card title={`${k[`language_${locale}`]} · ${k.list(items.length)}`}>
          {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {list.loading && !list.data ? <LoadingState /> : null}
          {list.data && items.length === 0 ? <EmptyState>{k.none}</EmptyState> : null}
          <ul className="adm-kb-items" data-testid="canned-list" lang={locale}>
            {items.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={`adm-kb-item${editing?.kind === "edit" && editing.reply.id === r.id ? " is-active" : ""}`}
                  onClick={() => open({ kind: "edit", reply: r })}
                >
                  <span className="adm-kb-item-title">
                    {r.title} <code>/{r.shortcut}</code>
                  </span>
                  <span className="adm-canned-body">{r.body}</span>
                </button>
              </li>
            ))}
          </ul>
        </Card>
        {editing ? (
          <CannedReplyForm
            key={formKey}
            locale={locale}
            reply={editing.kind === "edit" ? editing.reply : undefined}
            onSaved={(saved) => {
              list.reload();
              open({ kind: "edit", reply: saved });
            }}
            onDeleted={() => {
              list.reload();
              open(null);
            }}
            onCancel={() => open(null)}
          />
        ) : (
          <Card>
            <EmptyState>{k.selectHint}</EmptyState>
          </Card>
        )}
      </div>
    </div>
  );
}
