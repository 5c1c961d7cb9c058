import type { JSX } from "react";
import { Link, useLocation } from "wouter";
import type { StaffUser } from "../shared/api-types.js";
import { useStrings } from "../shared/i18n.js";
import { logout } from "../shared/session.js";
import { LanguageSwitch } from "../shared/ui/language-switch.js";
import { Logo } from "./logo.js";
import { shellStrings } from "./shell-strings.js";

/** The staff app's header: product, sections, language, signed-in user. */
export function TopBar({ user }: { user: StaffUser }): JSX.Element {
  const t = useStrings(shellStrings);
  const [location] = useLocation();
  const section = location.startsWith("/admin") ? "admin" : "console";
  const initials = user.name
    .split(/\s+/)
    .map((p) => p[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <header className="shell-topbar">
      <Link href="/console" className="shell-brand" aria-label={t.product}>
        <Logo />
        <span className="shell-brand-name">{t.product}</span>
      </Link>
      <nav className="shell-nav" aria-label="Main">
        <Link href="/console" className="shell-nav-link" aria-current={section === "console" ? "page" : undefined}>
          {t.navConsole}
        </Link>
        {user.role === "admin" ? (
          <Link href="/admin" className="shell-nav-link" aria-current={section === "admin" ? "page" : undefined}>
            {t.navAdmin}
          </Link>
        ) : null}
      </nav>
      <div className="shell-right">
        <a className="shell-demo-link" href="/demo.html" target="_blank" rel="noreferrer">
          {t.openDemoShop} ↗
        </a>
        <LanguageSwitch />
        <div className="shell-user">
          <span className="shell-avatar" aria-hidden="true">
            {initials}
          </span>
          <span className="shell-user-text">
            <span className="shell-user-name">{user.name}</span>
            <span className="shell-user-role">{user.role === "admin" ? t.roleAdmin : t.roleAgent}</span>
          </span>
        </div>
        <button type="button" className="k-btn k-btn--ghost k-btn--sm" onClick={() => void logout()}>
          {t.signOut}
        </button>
      </div>
    </header>
  );
}
