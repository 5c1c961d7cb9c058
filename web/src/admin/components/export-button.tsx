import { type JSX, useState } from "react";
import { readStaffToken } from "../../shared/token-store.js";

/** The file name the server suggests in Content-Disposition, or the fallback. */
function fileName(header: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(header ?? "")?.[1] ?? fallback;
}

/**
 * Downloads `/api/v1{path}` as a file. The staff token travels in a header, not the URL, so the
 * file is fetched and handed to the browser as a blob rather than linked.
 */
export function ExportButton(props: { path: string; label: string; text: string; testId?: string }): JSX.Element {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function download(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      const token = readStaffToken();
      const response = await fetch(`/api/v1${props.path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName(response.headers.get("content-disposition"), "kefu-export.csv");
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button
      type="button"
      className={`adm-btn adm-btn-ghost adm-btn-sm${failed ? " is-error" : ""}`}
      aria-label={props.label}
      title={props.label}
      disabled={busy}
      data-testid={props.testId}
      onClick={() => void download()}
    >
      ↓ {props.text}
    </button>
  );
}
