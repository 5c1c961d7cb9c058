import type { JSX } from "react";
import { Link, useLocation } from "wouter";
import type { AdminStrings } from "./lib/strings-en.js";
import { useAdminStrings } from "./lib/use-admin-strings.js";

/** The admin sections in menu order, with their path under /admin and a 24px icon path. */
export const ADMIN_SECTIONS: { path: string; key: keyof Omit<AdminStrings["nav"], "title">; icon: string }[] = [
  { path: "/", key: "dashboard", icon: "M4 13h4v7H4zM10 9h4v11h-4zM16 4h4v16h-4z" },
  { path: "/insights", key: "insights", icon: "M3 17l5-5 4 4 8-8M15 8h5v5" },
  { path: "/kb", key: "kb", icon: "M5 4h10l4 4v12H5zM14 4v5h5M8 13h8M8 17h6" },
  { path: "/canned-replies", key: "canned", icon: "M4 5h16v11H9l-5 4zM8 9h8M8 12h5" },
  { path: "/policy", key: "policy", icon: "M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6zM9 12l2 2 4-4" },
  {
    path: "/identity",
    key: "identity",
    icon: "M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM4 21c0-4 3.6-7 8-7s8 3 8 7M17 4l2 2 3-3",
  },
  { path: "/hours", key: "hours", icon: "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v5l3 2" },
  {
    path: "/users",
    key: "users",
    icon: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-3.9 3.1-7 7-7s7 3.1 7 7M17 11a3 3 0 1 0 0-6M22 21c0-3-1.8-5.5-4.5-6.5",
  },
  { path: "/audit", key: "audit", icon: "M8 4h11v16H5V7zM8 4v3H5M9 11h7M9 15h7" },
  { path: "/models", key: "models", icon: "M12 2l9 5v10l-9 5-9-5V7zM12 12l9-5M12 12v10M12 12L3 7" },
  {
    path: "/webhooks",
    key: "webhooks",
    icon: "M9 7a3 3 0 1 1 4 2.8L15 14M6 18a3 3 0 1 1 1-5.8L10 7M18 18a3 3 0 1 1-2.6-4.5H9",
  },
  { path: "/platform", key: "platform", icon: "M4 9l2-5h12l2 5M4 9h16v11H4zM9 20v-6h6v6" },
  { path: "/channels", key: "channels", icon: "M4 6h16v10H8l-4 4zM8 10h8M8 13h5" },
];

/** Side navigation of the admin area; links are relative to the /admin router base. */
export function AdminNav(): JSX.Element {
  const { t } = useAdminStrings();
  const [location] = useLocation();
  return (
    <nav className="adm-nav" aria-label={t.nav.title}>
      <div className="adm-nav-title">{t.nav.title}</div>
      {ADMIN_SECTIONS.map((s) => {
        const active = s.path === "/" ? location === "/" || location === "" : location.startsWith(s.path);
        return (
          <Link key={s.key} href={s.path} className={`adm-nav-link${active ? " is-active" : ""}`}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                d={s.icon}
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span>{t.nav[s.key]}</span>
          </Link>
        );
      })}
    </nav>
  );
}
