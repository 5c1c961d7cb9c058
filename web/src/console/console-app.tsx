import type { JSX } from "react";
import { useLocation, useRoute } from "wouter";
import type { StaffUser } from "../shared/api-types.js";
import { useStrings } from "../shared/i18n.js";
import { EmptyState } from "../shared/ui/states.js";
import { shellStrings } from "../shell/shell-strings.js";
import "./console.css";
import { consoleStrings } from "./console-strings.js";
import { ConversationPane } from "./conversation-pane.js";
import { QueuePanel } from "./queue-panel.js";
import { StaffSocketProvider, useStaffSocket } from "./staff-socket.js";

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
  return (
    // The console is the page's main content; its heading is for screen readers (the top bar names it visually).
    <main className="con-layout">
      <h1 className="k-sr-only">{shell.navConsole}</h1>
      <div className="con-left">
        <QueuePanel selectedId={selected} onSelect={(id) => navigate(`/c/${id}`)} supervisor={user.role === "admin"} />
        <ConnectionDot />
      </div>
      {selected ? (
        <ConversationPane key={selected} id={selected} user={user} />
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
