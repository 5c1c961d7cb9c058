// A tiny template language for generating varied training sentences from hand-written patterns:
// (a|b|c) picks one alternative, [x] is optional, {slot} draws from a slot list. Groups nest.

type Node =
  | { kind: "text"; value: string }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; options: Node[]; optional: boolean }
  | { kind: "slot"; name: string };

/** Slot name → possible fillers (each filler may itself use the template syntax). */
export type Slots = Record<string, readonly string[]>;

function parseSeq(text: string, pos: { i: number }, stops: string): Node {
  const items: Node[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer !== "") items.push({ kind: "text", value: buffer });
    buffer = "";
  };
  while (pos.i < text.length) {
    const ch = text.charAt(pos.i);
    if (stops.includes(ch)) break;
    pos.i++;
    if (ch === "(" || ch === "[") {
      flush();
      const close = ch === "(" ? ")" : "]";
      const options: Node[] = [parseSeq(text, pos, `|${close}`)];
      while (text.charAt(pos.i) === "|") {
        pos.i++;
        options.push(parseSeq(text, pos, `|${close}`));
      }
      if (text.charAt(pos.i) !== close) throw new Error(`unclosed ${ch} in template: ${text}`);
      pos.i++;
      items.push({ kind: "alt", options, optional: ch === "[" });
    } else if (ch === "{") {
      flush();
      const end = text.indexOf("}", pos.i);
      if (end < 0) throw new Error(`unclosed { in template: ${text}`);
      items.push({ kind: "slot", name: text.slice(pos.i, end) });
      pos.i = end + 1;
    } else {
      buffer += ch;
    }
  }
  flush();
  return { kind: "seq", items };
}

/** Parses a template once; expand it many times. */
export function parseTemplate(text: string): Node {
  const pos = { i: 0 };
  const node = parseSeq(text, pos, "");
  if (pos.i !== text.length) throw new Error(`unexpected character at ${pos.i} in template: ${text}`);
  return node;
}

/** One random expansion of a parsed template. */
export function expand(node: Node, random: () => number, slots: Slots): string {
  switch (node.kind) {
    case "text":
      return node.value;
    case "seq":
      return node.items.map((n) => expand(n, random, slots)).join("");
    case "alt": {
      if (node.optional && random() < 0.5) return "";
      const pick = node.options[Math.floor(random() * node.options.length)];
      return pick ? expand(pick, random, slots) : "";
    }
    case "slot": {
      const fillers = slots[node.name];
      if (!fillers || fillers.length === 0) throw new Error(`unknown slot {${node.name}}`);
      const filler = fillers[Math.floor(random() * fillers.length)] ?? "";
      return expand(parseTemplate(filler), random, slots);
    }
  }
}

/** Collapses the spaces that optional parts leave behind. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([,.?!，。？！])/g, "$1")
    .replace(/^[,，\s]+/, "")
    .trim();
}
