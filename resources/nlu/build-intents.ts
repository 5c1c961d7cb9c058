// Generates resources/nlu/intents.jsonl from the hand-written templates: `npx tsx resources/nlu/build-intents.ts`.
// Deterministic (seeded), so re-running gives the same file.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../../src/domain/ml/seeded-random.js";
import { outOfScopeMessages } from "../../src/infrastructure/nlu/out-of-scope-messages.fixture.js";
import { EN_SLOTS, numberSlots, ZH_SLOTS } from "./slots.js";
import { expand, parseTemplate, type Slots, tidy } from "./template-grammar.js";
import { EN_CHAT_TEMPLATES } from "./templates/en-chat.js";
import { EN_ORDER_TEMPLATES } from "./templates/en-orders.js";
import { EN_ORDERS_PACK } from "./templates/en-orders-pack.js";
import { EN_OOS_PACK, keyboardMash, OOS_SLOTS, ZH_OOS_PACK } from "./templates/out-of-scope-pack.js";
import { ZH_CHAT_TEMPLATES } from "./templates/zh-chat.js";
import { ZH_ORDER_TEMPLATES } from "./templates/zh-orders.js";

const PER_INTENT = 110;
/** Extra out-of-scope rows per language from the later pack. */
const OOS_PACK_ROWS = 200;
/** Extra rows per intent for phrasings the first templates missed. */
const ORDERS_PACK_ROWS = 20;
let random = seededRandom(20241122);

/** Introduces a realistic typo (swap, drop or double a letter) into one longer word. */
function typo(text: string): string {
  const words = text.split(" ");
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => /^[a-z]{5,}$/.test(w));
  const pick = candidates[Math.floor(random() * candidates.length)];
  if (!pick) return text;
  const { w, i } = pick;
  const at = 1 + Math.floor(random() * (w.length - 2));
  const kind = Math.floor(random() * 3);
  const broken =
    kind === 0
      ? w.slice(0, at) + w.charAt(at + 1) + w.charAt(at) + w.slice(at + 2)
      : kind === 1
        ? w.slice(0, at) + w.slice(at + 1)
        : w.slice(0, at) + w.charAt(at) + w.slice(at);
  words[i] = broken;
  return words.join(" ");
}

/** Random capitalisation and punctuation habits of real shoppers. */
function style(text: string, lang: "en" | "zh"): string {
  let out = text;
  if (lang === "en") {
    const r = random();
    if (r < 0.35) out = out.charAt(0).toUpperCase() + out.slice(1);
    if (random() < 0.12) out = typo(out);
    if (random() < 0.03) out = out.toUpperCase();
  } else if (random() < 0.15) {
    out = out.replace(/[？?]$/, "") + (random() < 0.5 ? "啊" : "呢");
  }
  return out;
}

interface Row {
  text: string;
  label: string;
  lang: "en" | "zh";
  pack?: string;
}

function generate(
  templates: Record<string, readonly string[]>,
  slots: Slots,
  lang: "en" | "zh",
  perIntent = PER_INTENT,
) {
  const rows: Row[] = [];
  for (const [label, list] of Object.entries(templates)) {
    const parsed = list.map((t) => parseTemplate(t));
    const seen = new Set<string>();
    for (let attempt = 0; attempt < perIntent * 40 && seen.size < perIntent; attempt++) {
      const template = parsed[attempt % parsed.length];
      if (!template) continue;
      const text = style(tidy(expand(template, random, slots)), lang);
      if (text === "" || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      rows.push({ text, label, lang });
    }
  }
  return rows;
}

const numbers = numberSlots(random);
const rows: Row[] = [
  ...generate({ ...EN_ORDER_TEMPLATES, ...EN_CHAT_TEMPLATES }, { ...EN_SLOTS, ...numbers }, "en"),
  ...generate({ ...ZH_ORDER_TEMPLATES, ...ZH_CHAT_TEMPLATES }, { ...ZH_SLOTS, ...numbers }, "zh"),
];
// The pack draws from its own seed so the original rows above stay byte-identical.
random = seededRandom(20261123);
const heldOut = new Set(outOfScopeMessages().map((m) => m.text.toLowerCase()));
const mashes = Array.from({ length: 80 }, () => keyboardMash(random));
const zhRepeats = Array.from({ length: 30 }, () =>
  "哦噢呜嘿唔".charAt(Math.floor(random() * 5)).repeat(3 + Math.floor(random() * 4)),
);
const phones = Array.from({ length: 30 }, () => `1${Math.floor(3e9 + random() * 6e9)}`);
const packSlots = (extra: Slots): Slots => ({
  ...OOS_SLOTS,
  mash: mashes,
  order: numbers.order ?? [],
  phone: phones,
  ...extra,
});
const pack = [
  ...generate({ out_of_scope: EN_OOS_PACK }, packSlots({}), "en", OOS_PACK_ROWS),
  ...generate(
    { out_of_scope: [...ZH_OOS_PACK, "{zhrepeat}"] },
    packSlots({ zhrepeat: zhRepeats }),
    "zh",
    OOS_PACK_ROWS,
  ),
]
  // The out-of-scope evaluation set must stay unseen.
  .filter((r) => !heldOut.has(r.text.toLowerCase()) && !rows.some((o) => o.text.toLowerCase() === r.text.toLowerCase()))
  .map((r) => ({ ...r, pack: "oos-2" }));
const ordersPack = generate(EN_ORDERS_PACK, { ...EN_SLOTS, ...numbers }, "en", ORDERS_PACK_ROWS)
  .filter((r) => !rows.some((o) => o.text.toLowerCase() === r.text.toLowerCase()))
  .map((r) => ({ ...r, pack: "orders-2" }));
rows.push(...pack, ...ordersPack);
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, "intents.jsonl"), `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
const counts = new Map<string, number>();
for (const r of rows) counts.set(`${r.label}/${r.lang}`, (counts.get(`${r.label}/${r.lang}`) ?? 0) + 1);
const low = [...counts].filter(([, n]) => n < 60);
process.stdout.write(`wrote ${rows.length} rows; below 60: ${low.map(([k, n]) => `${k}=${n}`).join(", ") || "none"}\n`);
