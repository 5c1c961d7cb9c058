import { type JSX, useEffect, useState } from "react";
import { CHINA_POLICY, type ShopPolicy, TAU2_POLICY } from "../../../../src/domain/policy/shop-policy.js";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import { fieldErrorsOf } from "../lib/field-errors.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { fromDraft, type PolicyDraft, toDraft, validWindow, WINDOWS, withDefaults } from "./policy-draft.js";
import { PolicyForm } from "./policy-form.js";

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}

/** The shop policy editor over GET/PUT /settings/policy, as a form or as raw JSON. */
export function PolicyPage(): JSX.Element {
  const { t } = useAdminStrings();
  const p = t.policy;
  const stored = useApi<unknown>("/settings/policy");
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [json, setJson] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [jsonError, setJsonError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (stored.data !== undefined) setDraft(toDraft(withDefaults(stored.data)));
  }, [stored.data]);

  // Day fields get one plain sentence instead of the schema's wording ("expected number, received string").
  const errors = new Map(
    [...fieldErrorsOf(error)].map(([path, message]) => {
      const window = WINDOWS.find((w) => path === w || path.startsWith(`${w}.`));
      return [path, window ? t.policyFields.daysInvalid(t.policyFields[window]) : message] as const;
    }),
  );

  function applyPreset(policy: ShopPolicy): void {
    setDraft(toDraft(policy));
    setJson(null);
    setError(undefined);
    setSaved(false);
  }

  function documentToSave(): unknown | undefined {
    if (json === null) {
      if (!draft) return undefined;
      const bad = WINDOWS.filter((w) => !validWindow(draft.windows[w]));
      if (bad.length) {
        const issues = bad.map((w) => ({ path: w, message: t.policyFields.daysInvalid(t.policyFields[w]) }));
        setError(new ApiError(400, "VALIDATION_FAILED", issues[0]?.message ?? "", { issues }));
        return undefined;
      }
      return fromDraft(draft);
    }
    try {
      return JSON.parse(json);
    } catch {
      setJsonError(p.invalidJson);
      return undefined;
    }
  }

  async function save(): Promise<void> {
    setJsonError(undefined);
    const body = documentToSave();
    if (body === undefined) return;
    setSaving(true);
    setSaved(false);
    setError(undefined);
    try {
      const result = await apiRequest<unknown>("PUT", "/settings/policy", body);
      setDraft(toDraft(withDefaults(result)));
      if (json !== null) setJson(JSON.stringify(result, null, 2));
      setSaved(true);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="adm-page" data-testid="admin-policy">
      <PageHeader title={p.title} subtitle={p.subtitle}>
        <div className="adm-segmented">
          <button type="button" className={json === null ? "is-active" : ""} onClick={() => setJson(null)}>
            {p.form}
          </button>
          <button
            type="button"
            className={json !== null ? "is-active" : ""}
            onClick={() => draft && setJson(JSON.stringify(fromDraft(draft), null, 2))}
          >
            {p.advanced}
          </button>
        </div>
        <button type="button" className="adm-btn" disabled={saving || !draft} onClick={() => void save()}>
          {saving ? t.common.saving : t.common.save}
        </button>
      </PageHeader>
      {stored.error ? <ErrorState error={stored.error} onRetry={stored.reload} /> : null}
      {!draft && stored.loading ? <LoadingState rows={4} /> : null}
      {draft ? (
        <>
          <Card>
            <div className="adm-policy-bar">
              <span className="adm-muted">{p.presets}:</span>
              <button
                type="button"
                className="adm-btn adm-btn-ghost adm-btn-sm"
                onClick={() => applyPreset(CHINA_POLICY)}
              >
                {t.policyFields.presetChina}
              </button>
              <button
                type="button"
                className="adm-btn adm-btn-ghost adm-btn-sm"
                onClick={() => applyPreset(TAU2_POLICY)}
              >
                {t.policyFields.presetTau2}
              </button>
              <button
                type="button"
                className="adm-btn adm-btn-ghost adm-btn-sm"
                onClick={() => {
                  applyPreset(withDefaults(stored.data));
                }}
              >
                {p.reset}
              </button>
              {saved ? <span className="adm-success">✓ {t.common.saved}</span> : null}
            </div>
            {isEmptyObject(stored.data) ? <p className="adm-notice adm-mt">{t.policyFields.defaultNotice}</p> : null}
          </Card>
          {error ? (
            <div className="adm-error" role="alert" data-testid="policy-errors">
              <strong>{p.errors}</strong>
              <ul className="adm-issue-list">
                {[...errors].map(([path, message]) => (
                  <li key={path}>
                    {path ? <code>{path}</code> : null} {message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {json === null ? (
            <PolicyForm draft={draft} onChange={setDraft} errors={errors} />
          ) : (
            <Card title={p.advanced}>
              <textarea
                className="adm-json"
                rows={28}
                value={json}
                spellCheck={false}
                onChange={(e) => setJson(e.target.value)}
              />
              {jsonError ? <span className="adm-field-error">{jsonError}</span> : null}
            </Card>
          )}
        </>
      ) : null}
    </div>
  );
}
