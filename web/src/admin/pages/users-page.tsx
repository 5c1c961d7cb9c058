import { type JSX, useState } from "react";
import { useSession } from "../../shared/session.js";
import { Card, PageHeader } from "../components/card.js";
import { scrollRegion } from "../components/scroll-region.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import type { ListPage, PublicStaffUser } from "../lib/api-types.js";
import { formatDateTime } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { AddUserForm } from "./add-user-form.js";

/** Staff accounts: add, change role, disable or enable (PATCH /users/:id). */
export function UsersPage(): JSX.Element {
  const { t, intl } = useAdminStrings();
  const u = t.users;
  const users = useApi<ListPage<PublicStaffUser>>("/users");
  const session = useSession();
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  async function patch(id: string, change: { role?: "admin" | "agent"; disabled?: boolean }): Promise<void> {
    setBusyId(id);
    setError(undefined);
    try {
      await apiRequest("PATCH", `/users/${encodeURIComponent(id)}`, change);
      users.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusyId(null);
    }
  }

  const list = users.data?.items ?? [];
  return (
    <div className="adm-page" data-testid="admin-users">
      <PageHeader title={u.title} subtitle={u.subtitle}>
        {adding ? null : (
          <button type="button" className="adm-btn" onClick={() => setAdding(true)}>
            + {u.add}
          </button>
        )}
      </PageHeader>
      {adding ? (
        <AddUserForm
          onAdded={() => {
            setAdding(false);
            users.reload();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {error ? (
        <div className="adm-error" role="alert">
          {error.message}
        </div>
      ) : null}
      <Card>
        {users.error ? <ErrorState error={users.error} onRetry={users.reload} /> : null}
        {users.loading && !users.data ? <LoadingState /> : null}
        {users.data ? (
          <div className="adm-table-wrap" {...scrollRegion(t.nav.users)}>
            <table className="adm-table" data-testid="users-table">
              <thead>
                <tr>
                  <th>{u.name}</th>
                  <th>{u.email}</th>
                  <th>{u.role}</th>
                  <th>{u.status}</th>
                  <th>{u.created}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((user) => {
                  const me = session.status === "signed_in" && session.user.id === user.id;
                  return (
                    <tr key={user.id}>
                      <td>
                        <div className="adm-person">
                          <span className="adm-avatar">{user.name.slice(0, 1).toUpperCase()}</span>
                          <span>
                            {user.name} {me ? <span className="adm-badge">{u.you}</span> : null}
                          </span>
                        </div>
                      </td>
                      <td className="adm-muted">{user.email}</td>
                      <td>
                        <select
                          value={user.role}
                          disabled={busyId === user.id}
                          aria-label={`${u.role}: ${user.name}`}
                          onChange={(e) =>
                            void patch(user.id, { role: e.target.value === "admin" ? "admin" : "agent" })
                          }
                        >
                          <option value="admin">{u.admin}</option>
                          <option value="agent">{u.agent}</option>
                        </select>
                      </td>
                      <td>
                        <span className={`adm-badge ${user.disabled ? "adm-badge-bad" : "adm-badge-good"}`}>
                          {user.disabled ? u.disabled : u.active}
                        </span>
                      </td>
                      <td className="adm-muted">{formatDateTime(user.createdAt, intl)}</td>
                      <td className="num">
                        <button
                          type="button"
                          className={`adm-btn adm-btn-sm ${user.disabled ? "adm-btn-ghost" : "adm-btn-danger"}`}
                          disabled={busyId === user.id || me}
                          onClick={() => void patch(user.id, { disabled: !user.disabled })}
                        >
                          {user.disabled ? u.enable : u.disable}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
