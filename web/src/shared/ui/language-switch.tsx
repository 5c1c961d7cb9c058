import type { JSX } from "react";
import { useLocale } from "../i18n.js";

/** EN / 中文 toggle bound to the shared locale. */
export function LanguageSwitch(): JSX.Element {
  const [locale, setLocale] = useLocale();
  return (
    <fieldset className="k-segmented" aria-label="Language / 语言" style={{ margin: 0 }}>
      <button type="button" aria-pressed={locale === "en"} onClick={() => setLocale("en")} lang="en">
        EN
      </button>
      <button type="button" aria-pressed={locale === "zh"} onClick={() => setLocale("zh")} lang="zh-CN">
        中文
      </button>
    </fieldset>
  );
}
