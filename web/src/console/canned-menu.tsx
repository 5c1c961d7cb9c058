import type { JSX } from "react";
import "./canned.css";
import { fill, useStrings } from "../shared/i18n.js";
import { cannedStrings } from "./canned-strings.js";
import type { CannedPicker } from "./use-canned-picker.js";

/** The picker's popup: a filter box (when opened by its button) and the matching replies as a listbox. */
export function CannedMenu({ picker, locale }: { picker: CannedPicker; locale: "en" | "zh" }): JSX.Element {
  const t = useStrings(cannedStrings);
  const label = fill(t.listLabel, { language: t[`language_${locale}`] });
  return (
    <div className="con-canned-menu" data-testid="canned-menu" lang={locale}>
      {picker.source === "button" ? (
        <input
          className="k-input con-canned-filter"
          type="search"
          // biome-ignore lint/a11y/noAutofocus: the agent opened the picker to type into it.
          autoFocus
          value={picker.query}
          aria-label={t.filter}
          placeholder={t.filter}
          aria-controls={picker.listId}
          aria-activedescendant={picker.items.length ? picker.optionId(picker.active) : undefined}
          onChange={(e) => picker.setQuery(e.target.value)}
          onKeyDown={(e) => picker.onKeyDown(e)}
          data-testid="canned-filter"
        />
      ) : null}
      <div className="con-canned-hint">{t.hint}</div>
      {picker.failed ? <div className="con-canned-empty">{t.loadFailed}</div> : null}
      {picker.loaded && !picker.failed && picker.items.length === 0 ? (
        <div className="con-canned-empty">{t.none}</div>
      ) : null}
      <div className="con-canned-list" role="listbox" id={picker.listId} aria-label={label}>
        {picker.items.map((r, i) => (
          // Chosen with the keyboard from the focused text field (aria-activedescendant) or by clicking.
          <div
            key={r.id}
            id={picker.optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === picker.active}
            className={i === picker.active ? "con-canned-option is-active" : "con-canned-option"}
            onMouseEnter={() => picker.setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => picker.pick(r)}
            onKeyDown={(e) => picker.onKeyDown(e)}
            data-testid="canned-option"
          >
            <strong>{r.title}</strong> <code>/{r.shortcut}</code>
            <span>{r.body}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
