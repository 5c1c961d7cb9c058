// Generates resources/nlu/sentiment.jsonl from hand-written templates: `npx tsx resources/nlu/build-sentiment.ts`.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../../src/domain/ml/seeded-random.js";
import { EN_SLOTS, numberSlots, ZH_SLOTS } from "./slots.js";
import { expand, parseTemplate, tidy } from "./template-grammar.js";
import { SENTIMENT_TEMPLATES } from "./templates/sentiment.js";

const PER_CLASS = 150;
const random = seededRandom(7);
const numbers = numberSlots(random);
const rows: { text: string; label: string; lang: string }[] = [];
for (const lang of ["en", "zh"] as const) {
  const slots = { ...(lang === "en" ? EN_SLOTS : ZH_SLOTS), ...numbers };
  for (const [label, templates] of Object.entries(SENTIMENT_TEMPLATES[lang])) {
    const parsed = templates.map((t) => parseTemplate(t));
    const seen = new Set<string>();
    for (let attempt = 0; attempt < PER_CLASS * 40 && seen.size < PER_CLASS; attempt++) {
      const template = parsed[attempt % parsed.length];
      if (!template) continue;
      let text = tidy(expand(template, random, slots));
      if (lang === "en" && random() < 0.3) text = text.charAt(0).toUpperCase() + text.slice(1);
      if (text === "" || seen.has(text)) continue;
      seen.add(text);
      rows.push({ text, label, lang });
    }
  }
}
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, "sentiment.jsonl"), `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
process.stdout.write(`wrote ${rows.length} rows\n`);
