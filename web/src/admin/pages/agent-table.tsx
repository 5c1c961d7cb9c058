import type { JSX } from "react";
import type { PublicStaffUser, ServiceMetrics } from "../lib/api-types.js";
import { formatDuration, formatNumber } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

/** Per-agent figures with names from the user list. */
export function AgentTable(props: { metrics: ServiceMetrics; users: PublicStaffUser[] }): JSX.Element {
  const { t, intl } = useAdminStrings();
  const names = new Map(props.users.map((u) => [u.id, u.name]));
  return (
    <table className="adm-table" data-testid="agent-table">
      <thead>
        <tr>
          <th>{t.dashboard.agent}</th>
          <th className="num">{t.dashboard.conversations}</th>
          <th className="num">{t.dashboard.messages}</th>
          <th className="num">{t.dashboard.resolved}</th>
          <th className="num">{t.dashboard.firstResponse}</th>
          <th className="num">{t.dashboard.csat}</th>
        </tr>
      </thead>
      <tbody>
        {props.metrics.perAgent.map((a) => (
          <tr key={a.agentId}>
            <td>
              <div className="adm-person">
                <span className="adm-avatar">{(names.get(a.agentId) ?? a.agentId).slice(0, 1).toUpperCase()}</span>
                <span>{names.get(a.agentId) ?? a.agentId}</span>
              </div>
            </td>
            <td className="num">{formatNumber(a.conversations, intl)}</td>
            <td className="num">{formatNumber(a.messages, intl)}</td>
            <td className="num">{formatNumber(a.resolved, intl)}</td>
            <td className="num">{formatDuration(a.firstResponseSecondsP50)}</td>
            <td className="num">
              {a.csatAverage === null ? "—" : `${formatNumber(a.csatAverage, intl, 2)} (${a.csatCount})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
