import type { JSX, ReactNode } from "react";

/** A block of the markdown-ish article syntax the KB uses. */
type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "paragraph"; text: string };

/** Whether text uses the block syntax (a heading, list or bold) worth rendering rather than showing as is. */
export function looksLikeMarkdown(text: string): boolean {
  return /^(#{1,3}\s|[-*•]\s|\d+[.)]\s)/m.test(text) || /\*\*[^*]+\*\*/.test(text);
}

/** Splits text into headings, bullet/numbered lists and paragraphs. */
export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)、]\s*(.*)$/.exec(line);
    const item = bullet?.[1] ?? numbered?.[1];
    if (!line) flush();
    else if (heading?.[1] && heading[2] !== undefined) {
      flush();
      const level = Math.min(heading[1].length, 3);
      blocks.push({ kind: "heading", level: level === 1 ? 1 : level === 2 ? 2 : 3, text: heading[2] });
    } else if (item !== undefined) {
      flush();
      const ordered = numbered !== null;
      const last = blocks.at(-1);
      if (last?.kind === "list" && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: "list", ordered, items: [item] });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** **bold** and `code` spans. */
function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/g).map((part, i) => {
    const key = `${i}:${part}`;
    if (part.startsWith("**") && part.endsWith("**") && part.length > 4)
      return <strong key={key}>{part.slice(2, -2)}</strong>;
    if (part.startsWith("`") && part.endsWith("`") && part.length > 2)
      return <code key={key}>{part.slice(1, -1)}</code>;
    return part;
  });
}

/** Renders article text as React elements (no raw HTML is ever injected). */
export function MarkdownPreview(props: { source: string; className?: string; testId?: string }): JSX.Element {
  return (
    <div className={props.className ?? "adm-prose"} data-testid={props.testId ?? "kb-preview"}>
      {parseBlocks(props.source).map((block, i) => {
        const key = `${i}-${block.kind}`;
        if (block.kind === "heading") {
          if (block.level === 1) return <h3 key={key}>{inline(block.text)}</h3>;
          if (block.level === 2) return <h4 key={key}>{inline(block.text)}</h4>;
          return <h5 key={key}>{inline(block.text)}</h5>;
        }
        if (block.kind === "list") {
          const items = block.items.map((item, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items are positional text; a repeated item is still its own row.
            <li key={`${j}:${item}`}>{inline(item)}</li>
          ));
          return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
        }
        return <p key={key}>{inline(block.text)}</p>;
      })}
    </div>
  );
}
