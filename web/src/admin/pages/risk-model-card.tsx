import type { JSX } from "react";
import { Card } from "../components/card.js";
import type { OrderRisk, RiskList } from "../lib/api-types.js";
import { formatDateTime, formatNumber, formatPercent } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

type RiskModelInfo = RiskList<OrderRisk>["model"];

/** Threshold and held-out figures of the after-sales risk model, or how to train one. */
export function RiskModelCard(props: { model: RiskModelInfo }): JSX.Element {
  const { t, intl } = useAdminStrings();
  const i = t.insights;
  const model = props.model;
  return (
    <Card title={i.riskModel} testId="risk-model">
      {model ? (
        <dl className="adm-dl">
          <div>
            <dt>{i.threshold}</dt>
            <dd>{formatPercent(model.threshold, intl)}</dd>
          </div>
          <div>
            <dt>{i.auc}</dt>
            <dd>{formatNumber(model.metrics.auc, intl, 3)}</dd>
          </div>
          <div>
            <dt>{i.precision}</dt>
            <dd>{formatPercent(model.metrics.precision, intl)}</dd>
          </div>
          <div>
            <dt>{i.recall}</dt>
            <dd>{formatPercent(model.metrics.recall, intl)}</dd>
          </div>
          <div>
            <dt>{i.examples}</dt>
            <dd>
              {formatNumber(model.metrics.examples, intl)}
              <span className="adm-muted adm-small"> {i.heldOutCount(formatNumber(model.metrics.heldOut, intl))}</span>
            </dd>
          </div>
          <div>
            <dt>{i.trainedAt}</dt>
            <dd className="adm-dd-small">{formatDateTime(model.trainedAt, intl)}</dd>
          </div>
        </dl>
      ) : (
        <p className="adm-notice">{i.noRiskModel}</p>
      )}
    </Card>
  );
}
