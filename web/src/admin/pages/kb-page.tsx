import { type JSX, useMemo, useState } from "react";
import { Card, PageHeader } from "../components/card.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import type { KbArticle, ListPage } from "../lib/api-types.js";
import { formatDate } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { draftOf, type KbDraft, KbEditor } from "./kb-editor.js";

function matches(article: KbArticle, query: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  return (
    article.title.toLowerCase().includes(q) ||
    article.body.toLowerCase().includes(q) ||
    article.tags.some((tag) => tag.toLowerCase().includes(q))
  );
}

/** Knowledge-base list with search and filters beside the article editor. */
export function KbPage(): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const list = useApi<ListPage<KbArticle>>("/kb?limit=500");
  const [query, setQuery] = useState("");
  const [localeFilter, setLocaleFilter] = useState<"" | "en" | "zh">("");
  const [tag, setTag] = useState("");
  const [draft, setDraft] = useState<KbDraft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const k = t.kb;

  const articles = list.data?.items ?? [];
  const tags = useMemo(() => [...new Set(articles.flatMap((a) => a.tags))].sort(), [articles]);
  const shown = articles.filter(
    (a) => matches(a, query.trim()) && (!localeFilter || a.locale === localeFilter) && (!tag || a.tags.includes(tag)),
  );

  function open(next: KbDraft | null): void {
    setDraft(next);
    setEditorKey((n) => n + 1);
  }

  return (
    <div className="adm-page" data-testid="admin-kb">
      <PageHeader title={k.title} subtitle={k.subtitle}>
        <button
          type="button"
          className="adm-btn"
          onClick={() => open({ locale, title: "", body: "", tags: "" })}
          data-testid="kb-new"
        >
          + {k.newArticle}
        </button>
      </PageHeader>
      <div className="adm-kb-layout">
        <Card title={k.articles(list.data?.total ?? 0)} className="adm-kb-list">
          <div className="adm-kb-filters">
            <input
              type="search"
              placeholder={k.searchPlaceholder}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-label={t.common.search}
            />
            <div className="adm-form-row">
              <select
                value={localeFilter}
                onChange={(e) =>
                  setLocaleFilter(e.target.value === "en" || e.target.value === "zh" ? e.target.value : "")
                }
                aria-label={k.locale}
              >
                <option value="">
                  {k.locale}: {t.common.all}
                </option>
                <option value="en">English</option>
                <option value="zh">中文</option>
              </select>
              <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={k.tags}>
                <option value="">
                  {k.tags}: {t.common.all}
                </option>
                {tags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {list.loading && !list.data ? <LoadingState /> : null}
          {list.data && shown.length === 0 ? <EmptyState>{k.none}</EmptyState> : null}
          <ul className="adm-kb-items" data-testid="kb-list">
            {shown.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className={`adm-kb-item${draft?.id === a.id ? " is-active" : ""}`}
                  onClick={() => open(draftOf(a))}
                >
                  <span className="adm-kb-item-title">{a.title}</span>
                  <span className="adm-kb-item-meta">
                    <span className="adm-badge adm-badge-accent">{a.locale === "zh" ? "中文" : "EN"}</span>
                    {a.tags.slice(0, 3).map((name) => (
                      <span key={name} className="adm-badge">
                        {name}
                      </span>
                    ))}
                    <span className="adm-muted">{formatDate(a.updatedAt, intl)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </Card>
        {draft ? (
          <KbEditor
            key={editorKey}
            draft={draft}
            onSaved={(saved) => {
              list.reload();
              open(draftOf(saved));
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
