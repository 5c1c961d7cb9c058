import { type JSX, useState } from "react";
import { MarkdownPreview } from "../../shared/ui/markdown.js";
import { Card } from "../components/card.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import type { KbArticle } from "../lib/api-types.js";
import { fieldErrorsOf } from "../lib/field-errors.js";
import { formatDateTime } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

/** What the form edits; `id` is absent for a new article. */
export interface KbDraft {
  id?: string;
  locale: "en" | "zh";
  title: string;
  body: string;
  tags: string;
  updatedAt?: string;
}

export function draftOf(article: KbArticle): KbDraft {
  return {
    id: article.id,
    locale: article.locale,
    title: article.title,
    body: article.body,
    tags: article.tags.join(", "),
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
  };
}

function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，;；]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** Edits one article beside a live preview; saves with POST (new) or PUT, deletes with DELETE. */
export function KbEditor(props: {
  draft: KbDraft;
  onSaved: (article: KbArticle) => void;
  onDeleted: () => void;
  onCancel: () => void;
}): JSX.Element {
  const { t, intl } = useAdminStrings();
  const [draft, setDraft] = useState(props.draft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const errors = fieldErrorsOf(error);
  const k = t.kb;

  async function save(): Promise<void> {
    setBusy(true);
    setError(undefined);
    const body = { locale: draft.locale, title: draft.title.trim(), body: draft.body, tags: tagsOf(draft.tags) };
    try {
      const saved = draft.id
        ? await apiRequest<KbArticle>("PUT", `/kb/${encodeURIComponent(draft.id)}`, body)
        : await apiRequest<KbArticle>("POST", "/kb", body);
      props.onSaved(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    if (!draft.id || !window.confirm(k.confirmDelete(draft.title))) return;
    setBusy(true);
    try {
      await apiRequest("DELETE", `/kb/${encodeURIComponent(draft.id)}`);
      props.onDeleted();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: string) => {
    const message = errors.get(name);
    return message ? <span className="adm-field-error">{message}</span> : null;
  };
  const general = [...errors].filter(([path]) => !["title", "body", "locale"].includes(path.split(".")[0] ?? ""));

  return (
    <Card
      title={draft.id ? draft.title || k.titleField : k.newArticle}
      subtitle={draft.id ? `${k.id}: ${draft.id} · ${k.updated} ${formatDateTime(draft.updatedAt, intl)}` : undefined}
      actions={
        <>
          {draft.id ? (
            <button type="button" className="adm-btn adm-btn-danger" disabled={busy} onClick={() => void remove()}>
              {t.common.delete}
            </button>
          ) : null}
          <button type="button" className="adm-btn adm-btn-ghost" onClick={props.onCancel}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="adm-btn"
            disabled={busy || !draft.title.trim() || !draft.body.trim()}
            onClick={() => void save()}
            data-testid="kb-save"
          >
            {busy ? t.common.saving : t.common.save}
          </button>
        </>
      }
      testId="kb-editor"
    >
      {general.length ? (
        <div className="adm-error" role="alert">
          {general.map(([path, message]) => `${path ? `${path}: ` : ""}${message}`).join(" · ")}
        </div>
      ) : null}
      <div className="adm-kb-fields">
        <label className={`adm-field adm-kb-title${errors.has("title") ? " has-error" : ""}`}>
          <span>{k.titleField}</span>
          <input
            value={draft.title}
            maxLength={300}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            name="title"
          />
          {fieldError("title")}
        </label>
        <label className="adm-field">
          <span>{k.locale}</span>
          <select
            value={draft.locale}
            onChange={(e) => setDraft({ ...draft, locale: e.target.value === "zh" ? "zh" : "en" })}
            name="locale"
          >
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </label>
        <label className="adm-field">
          <span>{k.tags}</span>
          <input
            value={draft.tags}
            placeholder={k.tagsHint}
            onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
            name="tags"
          />
        </label>
      </div>
      <div className="adm-kb-split">
        <label className={`adm-field${errors.has("body") ? " has-error" : ""}`}>
          <span>{k.body}</span>
          <textarea
            value={draft.body}
            rows={18}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            name="body"
          />
          <span className="adm-field-hint">{k.bodyHint}</span>
          {fieldError("body")}
        </label>
        <div className="adm-field">
          <span>{k.preview}</span>
          <div className="adm-kb-preview">
            {draft.title ? <h3 className="adm-kb-preview-title">{draft.title}</h3> : null}
            <MarkdownPreview source={draft.body} />
          </div>
        </div>
      </div>
    </Card>
  );
}
