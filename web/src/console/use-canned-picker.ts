import { type KeyboardEvent, useId, useState } from "react";
import type { CannedReply } from "../../../src/contract/canned-replies.js";
import { filterCannedReplies, slashQuery } from "./filter-canned-replies.js";
import { useCannedReplies } from "./use-canned-replies.js";

/** How the picker was opened: by typing `/` in the reply box, or with its button (it then has its own filter box). */
type Source = "slash" | "button";

export interface CannedPicker {
  open: boolean;
  source: Source;
  query: string;
  items: CannedReply[];
  loaded: boolean;
  failed: boolean;
  active: number;
  listId: string;
  optionId: (index: number) => string;
  toggle(): void;
  close(): void;
  setQuery(query: string): void;
  setActive(index: number): void;
  pick(reply: CannedReply): void;
  /** Follows the draft: `/word` opens and filters, anything else closes a slash-opened picker. */
  onDraftChange(draft: string): void;
  /** Arrow keys, Enter/Tab and Escape while open; true when the key was used. */
  onKeyDown(e: KeyboardEvent): boolean;
}

/** State and keyboard handling of the composer's canned-reply picker, in the conversation's language. */
export function useCannedPicker(locale: "en" | "zh", onPick: (reply: CannedReply) => void): CannedPicker {
  const [open, setOpen] = useState<Source | null>(null);
  const [used, setUsed] = useState(false);
  const [query, setQueryState] = useState("");
  const [active, setActive] = useState(0);
  const list = useCannedReplies(locale, used);
  const items = filterCannedReplies(list.items, query);
  const listId = useId();

  const show = (source: Source, q: string) => {
    setUsed(true);
    setOpen(source);
    setQueryState(q);
    setActive(0);
  };
  const close = () => setOpen(null);
  const pick = (reply: CannedReply) => {
    close();
    onPick(reply);
  };

  return {
    open: open !== null,
    source: open ?? "button",
    query,
    items,
    loaded: list.loaded,
    failed: list.failed,
    active: Math.min(active, Math.max(items.length - 1, 0)),
    listId,
    optionId: (i) => `${listId}-${i}`,
    toggle: () => (open ? close() : show("button", "")),
    close,
    setQuery: (q) => {
      setQueryState(q);
      setActive(0);
    },
    setActive,
    pick,
    onDraftChange(draft) {
      const q = slashQuery(draft);
      if (q !== undefined) show("slash", q);
      else if (open === "slash") close();
    },
    onKeyDown(e) {
      if (!open) return false;
      const count = items.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (count) setActive((a) => (Math.min(a, count - 1) + (e.key === "ArrowDown" ? 1 : count - 1)) % count);
        return true;
      }
      if (e.key === "Enter" && !e.shiftKey && !count) {
        // Nothing matches: keep "/typo" out of the chat; Esc closes the list and Enter then sends it.
        e.preventDefault();
        return true;
      }
      if ((e.key === "Enter" || e.key === "Tab") && !e.shiftKey && count) {
        e.preventDefault();
        const reply = items[Math.min(active, count - 1)];
        if (reply) pick(reply);
        return true;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        close();
        return true;
      }
      return false;
    },
  };
}
