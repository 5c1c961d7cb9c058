import { type JSX, useState } from "react";
import { Card } from "../components/card.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import type { PublicStaffUser } from "../lib/api-types.js";
import { fieldErrorsOf } from "../lib/field-errors.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

const EMPTY = { name: "", email: "", role: "agent" as "admin" | "agent", password: "" };

/** POST /users; server errors appear beside the field they concern. */
export function AddUserForm(props: { onAdded: (user: PublicStaffUser) => void; onCancel: () => void }): JSX.Element {
  const { t } = useAdminStrings();
  const u = t.users;
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const errors = fieldErrorsOf(error);
  const general = [...errors].filter(([path]) => !["name", "email", "password", "role"].includes(path));

  async function submit(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const user = await apiRequest<PublicStaffUser>("POST", "/users", form);
      setForm(EMPTY);
      props.onAdded(user);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: "name" | "email" | "password", label: string, type: string, hint?: string) => (
    <label className={`adm-field${errors.has(name) ? " has-error" : ""}`}>
      <span>{label}</span>
      <input
        type={type}
        name={name}
        value={form[name]}
        autoComplete={name === "password" ? "new-password" : "off"}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
      {errors.get(name) ? (
        <span className="adm-field-error">{errors.get(name)}</span>
      ) : hint ? (
        <span className="adm-field-hint">{hint}</span>
      ) : null}
    </label>
  );

  return (
    <Card title={u.add} testId="add-user">
      <form
        className="adm-form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {field("name", u.name, "text")}
        {field("email", u.email, "email")}
        {field("password", u.password, "password", u.passwordHint)}
        <label className="adm-field">
          <span>{u.role}</span>
          <select
            name="role"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value === "admin" ? "admin" : "agent" })}
          >
            <option value="agent">{u.agent}</option>
            <option value="admin">{u.admin}</option>
          </select>
        </label>
        <div className="adm-form-actions">
          <button type="button" className="adm-btn adm-btn-ghost" onClick={props.onCancel}>
            {t.common.cancel}
          </button>
          <button type="submit" className="adm-btn" disabled={busy}>
            {busy ? t.common.saving : t.common.create}
          </button>
        </div>
      </form>
      {general.length ? (
        <div className="adm-error adm-mt" role="alert">
          {general.map(([, message]) => message).join(" · ")}
        </div>
      ) : null}
    </Card>
  );
}
