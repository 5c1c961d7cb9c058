import type { Locale } from "../locale.js";

/** One message of the conversation as an email paragraph, with its buttons written out as choices. */
export interface OutgoingPart {
  text: string;
  /** Labels of quick replies the widget would show as buttons. */
  choices: readonly string[];
}

const CHOICES_HEAD: Record<Locale, string> = {
  en: "You can reply with one of:",
  zh: "您可以直接回复以下任一项：",
};

const FOOTER: Record<Locale, string> = {
  en: "Reply to this email to continue the conversation.",
  zh: "直接回复此邮件即可继续对话。",
};

/** The plain-text body of one outgoing email: each message a paragraph, quick replies as a list, a footer. */
export function composeEmailBody(parts: readonly OutgoingPart[], locale: Locale): string {
  const paragraphs = parts.map((part) => {
    if (part.choices.length === 0) return part.text.trim();
    const list = part.choices.map((c) => `  - ${c}`).join("\n");
    return `${part.text.trim()}\n\n${CHOICES_HEAD[locale]}\n${list}`;
  });
  return `${paragraphs.filter((p) => p.length > 0).join("\n\n")}\n\n--\n${FOOTER[locale]}\n`;
}

/** Chinese when the text is mostly Han characters, else English: the language of a new email conversation. */
export function guessLocale(text: string): Locale {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > 0 && han * 2 >= latin ? "zh" : "en";
}
