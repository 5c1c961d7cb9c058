import type { JSX } from "react";
import { Card } from "../components/card.js";
import { Meter } from "../components/meter.js";
import { scrollRegion } from "../components/scroll-region.js";
import { EmptyState, ErrorState, LoadingState } from "../components/states.js";
import type { OrderRisk, RiskList } from "../lib/api-types.js";
import { formatPercent } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { RiskModelCard } from "./risk-model-card.js";

/** Open orders ranked by after-sales risk with the reasons, and the risk model's figures. */
export function RiskOrders(): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const i = t.insights;
  const risk = useApi<RiskList<OrderRisk>>(`/insights/risk?limit=100&locale=${locale}`);
  const model = risk.data?.model;

  return (
    <div className="adm-stack" data-testid="risk-orders">
      {risk.error ? <ErrorState error={risk.error} onRetry={risk.reload} /> : null}
      {risk.loading && !risk.data ? <LoadingState rows={3} /> : null}
      {risk.data ? (
        <>
          <RiskModelCard model={model ?? null} />
          <Card title={`${i.risk} (${risk.data.total})`} subtitle={i.riskHint}>
            {risk.data.items.length === 0 ? (
              <EmptyState>{model ? i.noRisk : i.noRiskModel}</EmptyState>
            ) : (
              <div className="adm-table-wrap" {...scrollRegion(i.risk)}>
                <table className="adm-table" data-testid="risk-table">
                  <thead>
                    <tr>
                      <th>{i.order}</th>
                      <th>{i.customer}</th>
                      <th>{i.status}</th>
                      <th>{i.probability}</th>
                      <th>{i.reasons}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {risk.data.items.map((r) => (
                      <tr key={r.orderId}>
                        <td className="mono">{r.orderId}</td>
                        <td className="mono">{r.customerId}</td>
                        <td>
                          <span className="adm-badge">{r.status}</span>
                        </td>
                        <td>
                          <Meter
                            value={r.probability}
                            label={formatPercent(r.probability, intl, 0)}
                            warnAt={0.4}
                            badAt={0.6}
                          />
                        </td>
                        <td>
                          <div className="adm-tags">
                            {r.reasons.slice(0, 3).map((reason) => (
                              <span key={reason.feature} className="adm-badge adm-badge-warn">
                                {reason.label}
                              </span>
                            ))}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
