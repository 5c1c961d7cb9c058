import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../shared/tokens.css";
import "./widget.css";
import { setLocale } from "../shared/i18n.js";
import { WidgetApp } from "./widget-app.js";

// The loader passes the shop page's language, accent colour and title in the query string.
const params = new URLSearchParams(location.search);
const locale = params.get("locale");
if (locale === "en" || locale === "zh") setLocale(locale);
const color = params.get("color");
if (color && /^#[0-9a-f]{3,8}$/i.test(color)) document.documentElement.style.setProperty("--kw-accent", color);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WidgetApp title={params.get("title") ?? undefined} />
    </StrictMode>,
  );
}
