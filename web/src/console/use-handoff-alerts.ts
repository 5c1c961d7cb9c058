import { useCallback, useEffect, useRef, useState } from "react";
import { useStrings } from "../shared/i18n.js";
import { collabStrings } from "./collab-strings.js";
import { chime, notifyDesktop, titleWithBadge } from "./handoff-alerts.js";
import { useStaffSocket } from "./staff-socket.js";

const MUTE_KEY = "kefu.console.muted";

export interface HandoffAlerts {
  unseen: number;
  muted: boolean;
  toggleMute: () => void;
}

/**
 * Counts hand-offs that entered the queue since the agent last looked, shows the count in the
 * tab title, chimes (unless muted) and raises a desktop notification when the tab is hidden.
 */
export function useHandoffAlerts(onOpen: (conversationId: string) => void): HandoffAlerts {
  const c = useStrings(collabStrings);
  const { listen } = useStaffSocket();
  const [unseen, setUnseen] = useState(0);
  const [muted, setMuted] = useState(() => localStorage.getItem(MUTE_KEY) === "1");
  const seen = useRef(new Set<string>());
  const baseTitle = useRef(document.title);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  useEffect(
    () =>
      listen((frame) => {
        if (frame.type !== "handoff" || frame.handoff.status !== "open") return;
        if (seen.current.has(frame.handoff.id)) return;
        seen.current.add(frame.handoff.id);
        setUnseen((n) => n + 1);
        if (!mutedRef.current) chime();
        if (document.visibilityState === "hidden") {
          const id = frame.handoff.conversationId;
          notifyDesktop(c.newHandoffTitle, c.newHandoffBody, () => onOpen(id));
        }
      }),
    [listen, onOpen, c.newHandoffTitle, c.newHandoffBody],
  );

  useEffect(() => {
    document.title = titleWithBadge(baseTitle.current, unseen);
  }, [unseen]);

  // Looking at the console (tab visible and focused) counts as having seen them.
  useEffect(() => {
    const clear = () => {
      if (document.visibilityState === "visible" && document.hasFocus()) setUnseen(0);
    };
    window.addEventListener("focus", clear);
    document.addEventListener("visibilitychange", clear);
    document.addEventListener("pointerdown", clear);
    return () => {
      window.removeEventListener("focus", clear);
      document.removeEventListener("visibilitychange", clear);
      document.removeEventListener("pointerdown", clear);
      document.title = baseTitle.current;
    };
  }, []);

  const toggleMute = useCallback(() => {
    setMuted((m) => {
      localStorage.setItem(MUTE_KEY, m ? "0" : "1");
      return !m;
    });
  }, []);

  return { unseen, muted, toggleMute };
}
