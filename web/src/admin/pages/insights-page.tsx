import { type JSX, useState } from "react";
import { PageHeader } from "../components/card.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { RecommendationsLookup } from "./recommendations-lookup.js";
import { ReviewInsights } from "./review-insights.js";
import { RiskOrders } from "./risk-orders.js";

type Tab = "reviews" | "risk" | "recommendations";

/** Review insights, high-risk orders and recommendations, one tab each. */
export function InsightsPage(): JSX.Element {
  const { t } = useAdminStrings();
  const i = t.insights;
  const [tab, setTab] = useState<Tab>("reviews");
  const labels: Record<Tab, string> = { reviews: i.reviews, risk: i.risk, recommendations: i.recommendations };
  return (
    <div className="adm-page" data-testid="admin-insights">
      <PageHeader title={i.title} subtitle={i.subtitle}>
        <div className="adm-segmented">
          {(["reviews", "risk", "recommendations"] as const).map((key) => (
            <button key={key} type="button" className={tab === key ? "is-active" : ""} onClick={() => setTab(key)}>
              {labels[key]}
            </button>
          ))}
        </div>
      </PageHeader>
      {tab === "reviews" ? <ReviewInsights /> : null}
      {tab === "risk" ? <RiskOrders /> : null}
      {tab === "recommendations" ? <RecommendationsLookup /> : null}
    </div>
  );
}
