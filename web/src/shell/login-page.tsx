import { type FormEvent, type JSX, useState } from "react";
import { ApiError } from "../shared/api-client.js";
import { useStrings } from "../shared/i18n.js";
import { login } from "../shared/session.js";
import { Button } from "../shared/ui/button.js";
import { LanguageSwitch } from "../shared/ui/language-switch.js";
import { Logo } from "./logo.js";
import { shellStrings } from "./shell-strings.js";

/** Staff sign-in. */
export function LoginPage(): JSX.Element {
  const t = useStrings(shellStrings);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? t.loginFailed
          : err instanceof Error
            ? err.message
            : t.loginFailed,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-card k-card">
        <div className="login-head">
          <Logo size={40} />
          <h1>{t.loginTitle}</h1>
          <p>{t.loginSubtitle}</p>
        </div>
        <form onSubmit={submit} className="login-form">
          <label className="k-field">
            <span>{t.email}</span>
            <input
              className="k-input"
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <label className="k-field">
            <span>{t.password}</span>
            <input
              className="k-input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {error ? (
            <div className="k-alert" role="alert">
              {error}
            </div>
          ) : null}
          <Button type="submit" variant="primary" block busy={busy}>
            {t.signIn}
          </Button>
        </form>
      </main>
    </div>
  );
}
