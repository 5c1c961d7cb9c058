/** Display helpers shared by the admin pages; `—` stands for "nothing to measure". */
export const DASH = "—";

export function formatNumber(value: number | null | undefined, locale: string, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  return value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatPercent(ratio: number | null | undefined, locale: string, digits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return DASH;
  return `${(ratio * 100).toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })}%`;
}

/** 42 s, 3m 10s, 2h 05m, 1d 4h. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return DASH;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  return `${Math.floor(s / 86_400)}d ${Math.floor((s % 86_400) / 3600)}h`;
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return DASH;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale, { month: "short", day: "numeric" });
}

/** `2026-11-23` in local time, for <input type="date">. */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
