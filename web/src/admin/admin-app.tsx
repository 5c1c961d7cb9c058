import type { JSX } from "react";
import { Route, Router, Switch, useRouter } from "wouter";
import "./admin.css";
import { AdminNav } from "./admin-nav.js";
import { AuditPage } from "./pages/audit-page.js";
import { CannedRepliesPage } from "./pages/canned/canned-replies-page.js";
import { ChannelsPage } from "./pages/channels-page.js";
import { DashboardPage } from "./pages/dashboard-page.js";
import { HoursPage } from "./pages/hours-page.js";
import { IdentityPage } from "./pages/identity-page.js";
import { InsightsPage } from "./pages/insights-page.js";
import { KbPage } from "./pages/kb-page.js";
import { ModelsPage } from "./pages/models-page.js";
import { PlatformPage } from "./pages/platform-page.js";
import { PolicyPage } from "./pages/policy-page.js";
import { UsersPage } from "./pages/users-page.js";
import { WebhooksPage } from "./pages/webhooks-page.js";

function AdminRoutes(): JSX.Element {
  return (
    <div className="kefu-admin">
      <AdminNav />
      <main className="adm-main">
        <Switch>
          <Route path="/insights" component={InsightsPage} />
          <Route path="/kb" component={KbPage} />
          <Route path="/canned-replies" component={CannedRepliesPage} />
          <Route path="/policy" component={PolicyPage} />
          <Route path="/identity" component={IdentityPage} />
          <Route path="/hours" component={HoursPage} />
          <Route path="/users" component={UsersPage} />
          <Route path="/audit" component={AuditPage} />
          <Route path="/models" component={ModelsPage} />
          <Route path="/webhooks" component={WebhooksPage} />
          <Route path="/platform" component={PlatformPage} />
          <Route path="/channels" component={ChannelsPage} />
          <Route component={DashboardPage} />
        </Switch>
      </main>
    </div>
  );
}

/**
 * The admin area (/admin/*). Works both inside a `<Route path="/admin" nest>` of the shell and
 * under a plain `/admin/*` route: without a nesting base it sets its own (wouter appends
 * a nested Router's base to its parent's).
 */
export function AdminApp(): JSX.Element {
  const { base } = useRouter();
  if (base.endsWith("/admin")) return <AdminRoutes />;
  return (
    <Router base="/admin">
      <AdminRoutes />
    </Router>
  );
}

export default AdminApp;
