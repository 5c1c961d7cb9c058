import { type JSX, useCallback, useRef, useState } from "react";
import { useLocation, useRoute } from "wouter";
import type { StaffUser } from "../shared/api-types.js";
import { useStrings } from "../shared/i18n.js";
import { EmptyState } from "../shared/ui/states.js";
import { shellStrings } from "../shell/shell-strings.js";
import "./console.css";
import { AlertControls } from "./alert-controls.js";
import { consoleStrings } from "./console-strings.js";
import { ConversationPane } from "./conversation-pane.js";
import { QueuePanel } from "./queue-panel.js";
import { SearchBox } from "./search-box.js";
import { ShortcutHelp } from "./shortcut-help.js";
import { StaffSocketProvider, useStaffSocket } from "./staff-socket.js";
import { useHandoffAlerts } from "./use-handoff-alerts.js";
import { useShortcuts } from "./use-shortcuts.js";

function ConnectionDot(): JSX.Element {
  const t = useStrings(consoleStrings);
  const { status } = useStaffSocket();
  return (
    <span className={`con-conn con-conn--${status}`} role="status">
      <span aria-hidden="true" className="con-conn-dot" />
      {status === "open" ? t.connection : t.reconnecting}
    </span>
  );
}

function Workspace({ user }: { user: StaffUser }): JSX.Element {
  const t = useStrings(consoleStrings);
  const shell = useStrings(shellStrings);
  const [, params] = useRoute("/c/:id");
  const [, navigate] = useLocation();
  const selected = params?.id;
  const open = useCallback((id: string) => navigate(`/c/${id}`), [navigate]);
  const alerts = useHandoffAlerts(open);
  const searchRef = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  useShortcuts({ searchRef, toggleHelp });
  return (
    // The console is the page's main content; its heading is for screen readers (the top bar names it visually).
    <main className={`con-layout${selected ? " con-layout--detail" : ""}`}>
      <h1 className="k-sr-only">{shell.navConsole}</h1>
      <div className="con-left">
        <SearchBox onOpenConversation={open} inputRef={searchRef} />
        <QueuePanel selectedId={selected} onSelect={open} supervisor={user.role === "admin"} />
        <AlertControls alerts={alerts} />
        <ConnectionDot />
      </div>
      {help ? <ShortcutHelp onClose={toggleHelp} /> : null}
      {selected ? (
        <ConversationPane key={selected} id={selected} user={user} onBack={() => navigate("/")} />
      ) : (
        <section className="con-pane con-pane--center con-pane--wide">
          <EmptyState title={t.selectConversation}>{t.selectConversationHint}</EmptyState>
        </section>
      )}
    </main>
  );
}

/** The agent console (/console, /console/c/:id). */
export function ConsoleApp({ user }: { user: StaffUser }): JSX.Element {
  return (
    <StaffSocketProvider>
      <Workspace user={user} />
    </StaffSocketProvider>
  );
}
