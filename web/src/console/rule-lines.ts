import { fill, type Locale } from "../shared/i18n.js";
import { type ConsoleLabels, label } from "./console-labels.js";

/** One evaluated policy rule as the "Why?" panel shows it. */
export interface RuleLine {
  passed: boolean;
  /** "Return: within the time limit". */
  text: string;
  /** The engine's own note ("12 day(s) since delivery; limit 30"), in Chinese when it recorded one. */
  detail: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The policy rules of an explanation (`[{ rule: "return.window", passed, detail }]`) in words:
 * the action and the check by name instead of the raw JSON the engine records.
 */
export function ruleLines(rules: unknown, w: ConsoleLabels, locale: Locale = "en"): RuleLine[] {
  if (!Array.isArray(rules)) return [];
  return rules.filter(isRecord).map((r) => {
    const rule = typeof r.rule === "string" ? r.rule : "";
    const cut = rule.indexOf(".");
    const action = cut > 0 ? rule.slice(0, cut) : "";
    const check = cut > 0 ? rule.slice(cut + 1) : rule;
    const checkText = w.checks[check] ?? check.replaceAll("_", " ");
    return {
      passed: r.passed === true,
      text: action ? fill(w.ruleLine, { action: label(w.topics, action), check: checkText }) : checkText,
      detail:
        locale === "zh" && typeof r.detailZh === "string" ? r.detailZh : typeof r.detail === "string" ? r.detail : "",
    };
  });
}
