import { type JSX, lazy, Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";
import { ConsoleApp } from "../console/console-app.js";
import { useStrings } from "../shared/i18n.js";
import { useSession } from "../shared/session.js";
import { EmptyState, Spinner } from "../shared/ui/states.js";
import { LoginPage } from "./login-page.js";
import { shellStrings } from "./shell-strings.js";
import { TopBar } from "./top-bar.js";

// The admin area (charts included) loads only when an admin opens it.
const AdminApp = lazy(() => import("../admin/admin-app.js").then((m) => ({ default: m.AdminApp })));

function Loading(): JSX.Element {
  const t = useStrings(shellStrings);
  return (
    <div className="shell-loading">
      <Spinner label={t.loading} />
    </div>
  );
}

/** Routes of the staff app: login, then the console and (admins) the admin area under one top bar. */
export function App(): JSX.Element {
  const session = useSession();
  const t = useStrings(shellStrings);
  if (session.status === "loading") return <Loading />;
  if (session.status === "signed_out") {
    return (
      <Switch>
        <Route path="/login" component={LoginPage} />
        <Route>
          <Redirect to="/login" replace />
        </Route>
      </Switch>
    );
  }
  const { user } = session;
  return (
    <div className="shell">
      <TopBar user={user} />
      <div className="shell-body">
        <Switch>
          <Route path="/login">
            <Redirect to="/console" replace />
          </Route>
          <Route path="/">
            <Redirect to="/console" replace />
          </Route>
          <Route path="/console" nest>
            <ConsoleApp user={user} />
          </Route>
          <Route path="/admin" nest>
            {user.role === "admin" ? (
              <Suspense fallback={<Loading />}>
                <AdminApp />
              </Suspense>
            ) : (
              <EmptyState title={t.adminOnly} />
            )}
          </Route>
          <Route>
            <EmptyState title={t.notFound} />
          </Route>
        </Switch>
      </div>
    </div>
  );
}
