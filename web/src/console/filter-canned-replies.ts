import type { CannedReply } from "../../../src/contract/canned-replies.js";

/**
 * Replies matching what the agent typed after `/`: shortcuts starting with it first, then titles,
 * then bodies containing it (case-insensitive). An empty query lists them all.
 */
export function filterCannedReplies(items: readonly CannedReply[], query: string): CannedReply[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...items];
  const rank = (r: CannedReply): number => {
    if (r.shortcut.toLowerCase().startsWith(q)) return 0;
    if (r.title.toLowerCase().includes(q)) return 1;
    if (r.body.toLowerCase().includes(q)) return 2;
    return 3;
  };
  return items
    .map((r) => ({ r, rank: rank(r) }))
    .filter((x) => x.rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.r);
}

/** The query when a draft is a bare `/word` (a slash command), else undefined. */
export function slashQuery(draft: string): string | undefined {
  const m = /^\/(\S*)$/u.exec(draft);
  return m ? (m[1] ?? "") : undefined;
}
