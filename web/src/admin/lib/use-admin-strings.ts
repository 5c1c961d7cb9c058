import { intlTag, type Locale, useLocale } from "../../shared/i18n.js";
import { type AdminStrings, adminStringsEn } from "./strings-en.js";
import { adminStringsZh } from "./strings-zh.js";

/** Strings of the current language plus the BCP 47 tag for number and date formatting. */
export interface AdminText {
  t: AdminStrings;
  locale: Locale;
  intl: string;
}

/** The admin strings in the shell's current language; re-renders on its language switch. */
export function useAdminStrings(): AdminText {
  const [locale] = useLocale();
  return { t: locale === "zh" ? adminStringsZh : adminStringsEn, locale, intl: intlTag(locale) };
}
