import type { LabelledExample } from "./model-types.js";

/** What the evaluate box holds: examples, or the first line (1-based) that is not one. */
export type ParsedExamples = { ok: true; examples: LabelledExample[] } | { ok: false; line: number };

function fromJson(line: string): LabelledExample | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) return undefined;
    const text = "text" in value ? value.text : undefined;
    const label = "label" in value ? value.label : undefined;
    if (typeof text !== "string" || (typeof label !== "string" && typeof label !== "number")) return undefined;
    return { text: text.trim(), label: String(label).trim() };
  } catch {
    return undefined;
  }
}

/** Parses "text<TAB>label", "text | label" or JSON lines; blank lines are skipped. */
export function parseExamples(input: string): ParsedExamples {
  const examples: LabelledExample[] = [];
  const lines = input.split("\n");
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    let example = line.startsWith("{") ? fromJson(line) : undefined;
    if (!example) {
      const cut = Math.max(line.lastIndexOf("\t"), line.lastIndexOf("|"));
      if (cut > 0) example = { text: line.slice(0, cut).trim(), label: line.slice(cut + 1).trim() };
    }
    if (!example || example.text === "" || example.label === "") return { ok: false, line: i + 1 };
    examples.push(example);
  }
  return { ok: true, examples };
}
