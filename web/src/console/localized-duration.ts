import { formatDuration, type Locale } from "../shared/i18n.js";

/** "4m 05s" in English, "4分05秒" in Chinese, for waiting times in the console. */
export function localizedDuration(totalSeconds: number, locale: Locale): string {
  if (locale !== "zh") return formatDuration(totalSeconds);
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s}秒`;
  if (s < 3600) return `${Math.floor(s / 60)}分${String(s % 60).padStart(2, "0")}秒`;
  return `${Math.floor(s / 3600)}小时${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}分`;
}
