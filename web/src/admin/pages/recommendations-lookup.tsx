import { type JSX, useState } from "react";
import { Card } from "../components/card.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import type { Recommendation } from "../lib/api-types.js";
import { formatNumber } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";

/** What the recommender would show one customer (GET /insights/recommendations/:customerId). */
export function RecommendationsLookup(): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const i = t.insights;
  const [input, setInput] = useState("");
  const [customerId, setCustomerId] = useState<string | null>(null);
  const recs = useApi<{ items: Recommendation[] }>(
    customerId ? `/insights/recommendations/${encodeURIComponent(customerId)}?limit=10&locale=${locale}` : null,
  );

  return (
    <Card title={i.recommendations} subtitle={i.recEvalMissing}>
      <form
        className="adm-form-row"
        onSubmit={(e) => {
          e.preventDefault();
          setCustomerId(input.trim() || null);
        }}
      >
        <label className="adm-field">
          <span>{i.recommendationsFor}</span>
          <input value={input} onChange={(e) => setInput(e.target.value)} placeholder="sofia_rossi_8776" />
        </label>
        <button type="submit" className="adm-btn" disabled={!input.trim()}>
          {i.lookup}
        </button>
      </form>
      {customerId ? (
        <div className="adm-mt">
          {recs.error ? <ErrorState error={recs.error} /> : null}
          {recs.loading ? <LoadingState rows={2} /> : null}
          {recs.data && recs.data.items.length === 0 ? <EmptyState>{i.noRecommendations}</EmptyState> : null}
          {recs.data && recs.data.items.length > 0 && !recs.loading ? (
            <table className="adm-table">
              <thead>
                <tr>
                  <th>{i.product}</th>
                  <th>{i.reason}</th>
                  <th className="num">{i.score}</th>
                </tr>
              </thead>
              <tbody>
                {recs.data.items.map((r) => (
                  <tr key={r.productId}>
                    <td>
                      <div>{r.name}</div>
                      <div className="adm-muted adm-small mono">{r.productId}</div>
                    </td>
                    <td>
                      <span className="adm-badge adm-badge-accent">{r.source.replace("_", "-")}</span> {r.reason}
                    </td>
                    <td className="num">{formatNumber(r.score, intl, 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
