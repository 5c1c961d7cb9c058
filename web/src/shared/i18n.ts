import { useCallback, useSyncExternalStore } from "react";

/** The two UI languages. */
export type Locale = "en" | "zh";
export const LOCALES: readonly Locale[] = ["en", "zh"];

const LOCALE_KEY = "kefu.locale";
const listeners = new Set<() => void>();

function detect(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_KEY);
    if (saved === "en" || saved === "zh") return saved;
  } catch {
    // No storage: fall through to the browser language.
  }
  return (globalThis.navigator?.language ?? "en").toLowerCase().startsWith("zh") ? "zh" : "en";
}

let current: Locale = detect();
applyDocumentLang(current);

function applyDocumentLang(locale: Locale): void {
  // The admin pages watch <html lang> to follow the switch.
  if (globalThis.document) globalThis.document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
}

export function getLocale(): Locale {
  return current;
}

/** Switches the UI language everywhere (persisted, mirrored to <html lang>). */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
  } catch {
    // Not persisted; still switches for this page.
  }
  applyDocumentLang(locale);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language and a setter; re-renders on switch. */
export function useLocale(): [Locale, (l: Locale) => void] {
  const locale = useSyncExternalStore(subscribe, getLocale, getLocale);
  return [locale, setLocale];
}

/** A dictionary per language with the same keys (the English one defines the shape). */
export type Dictionary<S> = { en: S; zh: S };

/** Picks the current language's strings from a typed dictionary. */
export function useStrings<S>(dict: Dictionary<S>): S {
  const [locale] = useLocale();
  return dict[locale];
}

/** BCP 47 tag for Intl formatting. */
export function intlTag(locale: Locale): string {
  return locale === "zh" ? "zh-CN" : "en-US";
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** A stable callback formatting relative times ("3 min ago" / "3 分钟前"). */
export function useRelativeTime(): (iso: string | undefined) => string {
  const [locale] = useLocale();
  return useCallback((iso) => (iso ? relativeTime(iso, locale) : ""), [locale]);
}

export function relativeTime(iso: string, locale: Locale, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(intlTag(locale), { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 45) return locale === "zh" ? "刚刚" : "just now";
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), "hour");
  return rtf.format(Math.round(seconds / 86400), "day");
}

/** "4m 05s" / "1h 12m" for waiting times. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** Money from integer cents in the given currency. */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency }).format(cents / 100);
}

export function formatDateTime(iso: string | undefined, locale: Locale): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
