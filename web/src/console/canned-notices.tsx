import type { JSX } from "react";
import type { CannedAction, VariableUse } from "../../../src/contract/canned-replies.js";
import { fill, useStrings } from "../shared/i18n.js";
import { cannedStrings } from "./canned-strings.js";

/** Under the reply box: placeholders still to replace (sending waits for them) and the macro that will run. */
export function CannedNotices(props: {
  unfilled: VariableUse[];
  macro: CannedAction[];
  onDropMacro: () => void;
}): JSX.Element | null {
  const t = useStrings(cannedStrings);
  if (props.unfilled.length === 0 && props.macro.length === 0) return null;
  const names = [...new Set(props.unfilled.map((u) => `{${u.name}}`))].join(", ");
  return (
    <div className="con-canned-notices">
      {names ? (
        <p className="con-canned-unfilled" role="status" data-testid="canned-unfilled">
          {fill(t.fillIn, { names })}
        </p>
      ) : null}
      {props.macro.length ? (
        <p className="con-canned-macro" data-testid="canned-macro">
          {t.afterSending} {props.macro.map((a) => t[`action_${a}`]).join(" → ")}{" "}
          <button type="button" onClick={props.onDropMacro}>
            {t.dontRun}
          </button>
        </p>
      ) : null}
    </div>
  );
}
