import { type JSX, useEffect } from "react";
import { useStrings } from "../shared/i18n.js";
import { Button } from "../shared/ui/button.js";
import { searchStrings } from "./search-strings.js";

/** The "?" overlay listing the console's keyboard shortcuts. */
export function ShortcutHelp({ onClose }: { onClose: () => void }): JSX.Element {
  const s = useStrings(searchStrings);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" || e.key === "?") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="k-modal-backdrop">
      <div className="k-modal con-shortcuts" role="dialog" aria-modal="true" aria-labelledby="con-shortcuts-title">
        <h2 id="con-shortcuts-title">{s.shortcuts}</h2>
        <dl data-testid="shortcut-help">
          {s.shortcutList.map(([key, what]) => (
            <div key={key} style={{ display: "contents" }}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <div className="k-modal-actions">
          <Button onClick={onClose}>{s.close}</Button>
        </div>
      </div>
    </div>
  );
}
