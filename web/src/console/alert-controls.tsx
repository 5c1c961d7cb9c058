import { type JSX, useState } from "react";
import { useStrings } from "../shared/i18n.js";
import { collabStrings } from "./collab-strings.js";
import { askDesktopPermission, type DesktopPermission, desktopPermission } from "./handoff-alerts.js";
import type { HandoffAlerts } from "./use-handoff-alerts.js";

/** Mute toggle and the desktop-notification opt-in (permission is asked on this click, never on load). */
export function AlertControls({ alerts }: { alerts: HandoffAlerts }): JSX.Element {
  const c = useStrings(collabStrings);
  const [permission, setPermission] = useState<DesktopPermission>(desktopPermission);
  return (
    <div className="con-alerts">
      {alerts.unseen > 0 ? (
        <span className="con-alerts-count" data-testid="unseen-handoffs">
          {alerts.unseen}
        </span>
      ) : null}
      <button
        type="button"
        className="con-alerts-btn"
        aria-pressed={alerts.muted}
        onClick={alerts.toggleMute}
        data-testid="mute-alerts"
      >
        {alerts.muted ? c.alertsUnmute : c.alertsMute}
      </button>
      {permission === "default" ? (
        <button
          type="button"
          className="con-alerts-btn"
          onClick={() => void askDesktopPermission().then(setPermission)}
          data-testid="desktop-alerts"
        >
          {c.alertsDesktop}
        </button>
      ) : null}
      {permission === "granted" ? <span className="con-muted">{c.alertsDesktopOn}</span> : null}
      {permission === "denied" ? <span className="con-muted">{c.alertsDesktopBlocked}</span> : null}
    </div>
  );
}
