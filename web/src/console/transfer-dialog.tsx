import { type JSX, useState } from "react";
import { ApiError, api } from "../shared/api-client.js";
import { useStrings } from "../shared/i18n.js";
import { ConfirmDialog } from "../shared/ui/confirm-dialog.js";
import { collabStrings } from "./collab-strings.js";
import { consoleStrings } from "./console-strings.js";
import type { Colleague } from "./use-staff-directory.js";

const QUEUE = "__queue__";

/** Pick a colleague (or the queue) and leave a note; POST /conversations/:id/transfer. */
export function TransferDialog(props: {
  conversationId: string;
  selfId: string;
  directory: Colleague[];
  onDone: () => void;
  onCancel: () => void;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const c = useStrings(collabStrings);
  const colleagues = props.directory.filter((d) => d.id !== props.selfId);
  const [target, setTarget] = useState<string>(colleagues[0]?.id ?? QUEUE);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setBusy(true);
    try {
      const to = target === QUEUE ? { queue: true } : { toStaffId: target };
      await api.post(`/conversations/${props.conversationId}/transfer`, { ...to, note: note.trim() || undefined });
      props.onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={c.transfer}
      confirmLabel={c.transferDo}
      cancelLabel={t.cancel}
      busy={busy}
      onCancel={props.onCancel}
      onConfirm={() => void submit()}
    >
      <label className="con-field">
        <span>{c.transferTo}</span>
        <select
          className="k-input"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          data-testid="transfer-target"
        >
          {colleagues.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
          <option value={QUEUE}>{c.transferQueue}</option>
        </select>
      </label>
      <label className="con-field">
        <span>{c.transferNote}</span>
        <textarea className="k-input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error ? (
        <p className="k-alert" role="alert">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
