import type { JSX } from "react";
import { useAdminStrings } from "../lib/use-admin-strings.js";

/** Previous/next paging over `total` rows shown `limit` at a time. */
export function Pager(props: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}): JSX.Element {
  const { t } = useAdminStrings();
  const from = props.total === 0 ? 0 : props.offset + 1;
  const to = Math.min(props.offset + props.limit, props.total);
  return (
    <div className="adm-pager">
      <span className="adm-muted">{t.common.rangeOf(from, to, props.total)}</span>
      <button
        type="button"
        className="adm-btn adm-btn-ghost"
        disabled={props.offset === 0}
        onClick={() => props.onChange(Math.max(0, props.offset - props.limit))}
      >
        {t.common.previous}
      </button>
      <button
        type="button"
        className="adm-btn adm-btn-ghost"
        disabled={to >= props.total}
        onClick={() => props.onChange(props.offset + props.limit)}
      >
        {t.common.next}
      </button>
    </div>
  );
}
