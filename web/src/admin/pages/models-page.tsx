import type { JSX } from "react";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import type { OrderRisk, RiskList } from "../lib/api-types.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { RiskModelCard } from "./risk-model-card.js";

/**
 * Models the shop runs. The NLU model API (GET /models, train, activate, metrics) is not served
 * yet, so the page says so and shows the risk model, the one model whose figures are exposed.
 */
export function ModelsPage(): JSX.Element {
  const { t, locale } = useAdminStrings();
  const m = t.models;
  const models = useApi<unknown>("/models");
  const risk = useApi<RiskList<OrderRisk>>(`/insights/risk?limit=1&locale=${locale}`);
  const missing = models.error?.status === 404;

  return (
    <div className="adm-page" data-testid="admin-models">
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <Card title={m.nluTitle} testId="nlu-model">
        {models.loading ? <LoadingState rows={1} /> : null}
        {missing ? <p className="adm-notice">{m.nluMissing}</p> : null}
        {models.error && !missing ? <ErrorState error={models.error} onRetry={models.reload} /> : null}
        {models.data !== undefined && !models.error ? (
          <pre className="adm-pre">{JSON.stringify(models.data, null, 2)}</pre>
        ) : null}
      </Card>
      {risk.error ? <ErrorState error={risk.error} onRetry={risk.reload} /> : null}
      {risk.loading && !risk.data ? <LoadingState rows={1} /> : null}
      {risk.data ? <RiskModelCard model={risk.data.model} /> : null}
    </div>
  );
}
