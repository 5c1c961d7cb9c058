import { type RefObject, useEffect } from "react";

function click(selector: string): void {
  document.querySelector<HTMLElement>(selector)?.click();
}

/** Moves the selection in the visible queue list by `step` (j/k). */
function moveInQueue(step: number): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-testid="queue-item"]')];
  if (items.length === 0) return;
  const at = items.findIndex((el) => el.getAttribute("aria-current") === "true");
  const next = items[Math.max(0, Math.min(items.length - 1, at < 0 ? 0 : at + step))];
  next?.click();
  next?.focus();
}

function composer(mode: "reply" | "note"): void {
  const toggles = document.querySelectorAll<HTMLButtonElement>(".con-composer-bar .k-segmented button");
  toggles[mode === "reply" ? 0 : 1]?.click();
  // The mode switch re-renders first; focus after it.
  setTimeout(() => document.querySelector<HTMLElement>('[data-testid="composer-input"]')?.focus(), 0);
}

/**
 * Console keyboard shortcuts (listed in the help overlay). Single keys act only when no text
 * field has focus, so typing a reply never triggers them.
 */
export function useShortcuts(options: { searchRef: RefObject<HTMLInputElement | null>; toggleHelp: () => void }) {
  const { searchRef, toggleHelp } = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable=true]");
      if (typing || document.querySelector(".k-modal-backdrop")) return;
      const actions: Record<string, () => void> = {
        "/": () => searchRef.current?.focus(),
        j: () => moveInQueue(1),
        k: () => moveInQueue(-1),
        r: () => composer("reply"),
        n: () => composer("note"),
        a: () => click('[data-testid="take-over"]'),
        e: () => click('[data-testid="resolve"]'),
        "?": toggleHelp,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [searchRef, toggleHelp]);
}
