// /widget.js: the one-tag embed. Adds a launcher button and a chat panel (an iframe of /widget.html)
// inside a shadow root, so the shop's CSS and ours never meet. No dependencies, no framework.

interface LoaderConfig {
  origin: string;
  locale: "en" | "zh";
  color: string;
  position: "left" | "right";
  title: string;
  openOnLoad: boolean;
  /** A shopper identity signed by the shop's backend (data-kefu-identity or window.KefuIdentity). */
  identity: string;
}

const LABELS = {
  en: { open: "Open customer service chat", close: "Close chat", frame: "Customer service chat" },
  zh: { open: "打开在线客服", close: "关闭聊天", frame: "在线客服聊天" },
};

function signedIdentity(fromTag: string | undefined): string {
  const fromWindow: unknown = Reflect.get(window, "KefuIdentity");
  const token = fromTag || (typeof fromWindow === "string" ? fromWindow : "");
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? token : "";
}

function readConfig(): LoaderConfig {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const data = script?.dataset ?? {};
  const origin = script?.src ? new URL(script.src, location.href).origin : location.origin;
  const lang = (data.kefuLocale || document.documentElement.lang || navigator.language || "en").toLowerCase();
  return {
    origin,
    locale: lang.startsWith("zh") ? "zh" : "en",
    color: /^#[0-9a-f]{3,8}$/i.test(data.kefuColor ?? "") ? (data.kefuColor ?? "#4f6ef7") : "#4f6ef7",
    position: data.kefuPosition === "left" ? "left" : "right",
    title: data.kefuTitle ?? "",
    openOnLoad: data.kefuOpen === "true",
    identity: signedIdentity(data.kefuIdentity),
  };
}

const CSS = `
:host { all: initial; }
.launcher { position: fixed; bottom: 20px; z-index: 2147483000; width: 56px; height: 56px; border: 0; border-radius: 50%;
  background: var(--kefu-color); color: #fff; cursor: pointer; display: grid; place-items: center;
  box-shadow: 0 8px 24px rgba(16,24,40,.22), 0 2px 6px rgba(16,24,40,.12); transition: transform .15s ease; }
.launcher:hover { transform: translateY(-2px); }
.launcher:focus-visible { outline: 3px solid #fff; box-shadow: 0 0 0 6px var(--kefu-color); }
.launcher svg { width: 26px; height: 26px; }
.badge { position: absolute; top: -2px; right: -2px; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px;
  background: #e04848; color: #fff; font: 700 11px/20px -apple-system, "Segoe UI", sans-serif; border: 2px solid #fff; }
.badge[hidden] { display: none; }
.panel { position: fixed; bottom: 88px; z-index: 2147483000; width: 384px; height: min(640px, calc(100vh - 112px));
  border-radius: 16px; overflow: hidden; background: #fff;
  box-shadow: 0 16px 48px rgba(16,24,40,.22), 0 2px 8px rgba(16,24,40,.08);
  opacity: 0; transform: translateY(12px) scale(.98); transform-origin: bottom right; pointer-events: none;
  transition: opacity .18s ease, transform .18s ease; visibility: hidden; }
.panel.open { opacity: 1; transform: none; pointer-events: auto; visibility: visible; }
.right { right: 20px; } .left { left: 20px; }
iframe { width: 100%; height: 100%; border: 0; display: block; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; bottom: 0; }
  .launcher.hidden-mobile { display: none; }
}
@media (prefers-reduced-motion: reduce) { .panel, .launcher { transition: none; } }
`;

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" fill="none" aria-hidden="true"><path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.2 3.4A.5.5 0 0 1 5 19v-3h-.5A.5.5 0 0 1 4 15.5z" fill="currentColor"/></svg>';
const CLOSE_ICON =
  '<svg viewBox="0 0 24 24" fill="none" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>';

function mount(config: LoaderConfig): void {
  if (document.getElementById("kefu-widget-host")) return;
  const labels = LABELS[config.locale];
  const host = document.createElement("div");
  host.id = "kefu-widget-host";
  host.style.setProperty("--kefu-color", config.color);
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>${CSS}</style>
    <div class="panel ${config.position}" id="kefu-panel" role="dialog" aria-label="${labels.frame}" aria-hidden="true"></div>
    <button type="button" class="launcher ${config.position}" aria-controls="kefu-panel" aria-expanded="false"
      aria-label="${labels.open}">${CHAT_ICON}<span class="badge" hidden></span></button>`;
  document.body.appendChild(host);

  const panel = root.querySelector<HTMLDivElement>(".panel");
  const launcher = root.querySelector<HTMLButtonElement>(".launcher");
  const badge = root.querySelector<HTMLSpanElement>(".badge");
  if (!panel || !launcher || !badge) return;
  let frame: HTMLIFrameElement | undefined;
  let open = false;

  function ensureFrame(): HTMLIFrameElement {
    if (frame) return frame;
    const params = new URLSearchParams({ locale: config.locale, color: config.color, host: location.origin });
    if (config.title) params.set("title", config.title);
    frame = document.createElement("iframe");
    frame.title = labels.frame;
    // The identity rides in the fragment: it reaches the widget without reaching any server log.
    const fragment = config.identity ? `#${new URLSearchParams({ identity: config.identity }).toString()}` : "";
    frame.src = `${config.origin}/widget.html?${params.toString()}${fragment}`;
    frame.allow = "clipboard-write";
    panel?.appendChild(frame);
    return frame;
  }

  function post(message: Record<string, unknown>): void {
    frame?.contentWindow?.postMessage({ source: "kefu-host", ...message }, config.origin);
  }

  function setOpen(next: boolean): void {
    if (!panel || !launcher || !badge) return;
    open = next;
    if (next) ensureFrame();
    panel.classList.toggle("open", next);
    panel.setAttribute("aria-hidden", String(!next));
    launcher.setAttribute("aria-expanded", String(next));
    launcher.setAttribute("aria-label", next ? labels.close : labels.open);
    launcher.innerHTML = `${next ? CLOSE_ICON : CHAT_ICON}<span class="badge" hidden></span>`;
    launcher.classList.toggle("hidden-mobile", next);
    if (next) {
      frame?.focus();
      post({ type: "open" });
    } else {
      launcher.focus();
    }
  }

  launcher.addEventListener("click", () => setOpen(!open));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && open) setOpen(false);
  });
  window.addEventListener("message", (e: MessageEvent) => {
    if (e.origin !== config.origin || e.source !== frame?.contentWindow) return;
    const data: unknown = e.data;
    if (typeof data !== "object" || data === null || !("source" in data) || data.source !== "kefu-widget") return;
    const type = "type" in data ? data.type : undefined;
    if (type === "close") setOpen(false);
    if (type === "ready" && open) post({ type: "open" });
    if (type === "unread" && "count" in data && typeof data.count === "number") {
      const b = root.querySelector<HTMLSpanElement>(".badge");
      if (b) {
        b.hidden = open || data.count === 0;
        b.textContent = String(data.count);
      }
    }
  });

  const api = { open: () => setOpen(true), close: () => setOpen(false), toggle: () => setOpen(!open) };
  Object.assign(window, { KefuWidget: api });
  if (config.openOnLoad) setOpen(true);
}

const config = readConfig();
if (document.body) mount(config);
else document.addEventListener("DOMContentLoaded", () => mount(config));
