import { type JSX, useEffect, useState } from "react";
import type { AttachmentRef } from "../../../../src/contract/widget-api.js";
import "./attachment-list.css";

/** Fetches an attachment with the bearer token (an <img src> cannot send one) into a local blob URL. */
async function fetchBlobUrl(id: string, token: string | null, baseUrl = ""): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/attachments/${encodeURIComponent(id)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error(`attachment ${res.status}`);
  return URL.createObjectURL(await res.blob());
}

function Thumbnail({ file, token, label }: { file: AttachmentRef; token: string | null; label: string }): JSX.Element {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let made: string | undefined;
    let live = true;
    fetchBlobUrl(file.id, token).then(
      (u) => {
        made = u;
        if (live) setUrl(u);
        else URL.revokeObjectURL(u);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [file.id, token]);
  if (failed) return <span className="k-attachment-missing">{file.filename}</span>;
  return (
    <a
      className="k-attachment-thumb"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`${label}: ${file.filename}`}
    >
      {url ? (
        <img src={url} alt={file.filename} data-testid="attachment-thumbnail" />
      ) : (
        <span className="k-attachment-loading" />
      )}
    </a>
  );
}

function Download({ file, token }: { file: AttachmentRef; token: string | null }): JSX.Element {
  async function save() {
    const url = await fetchBlobUrl(file.id, token);
    const a = document.createElement("a");
    a.href = url;
    a.download = file.filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <button type="button" className="k-attachment-file" onClick={() => void save()} data-testid="attachment-file">
      📄 {file.filename} <span className="k-attachment-size">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
    </button>
  );
}

/** A message's files: image thumbnails (open full size on click) and PDF download chips. */
export function AttachmentList({
  files,
  token,
  label,
}: {
  files: AttachmentRef[];
  /** Widget token or staff token; the server checks it owns the file. */
  token: string | null;
  /** Accessible name prefix, e.g. "Photo". */
  label: string;
}): JSX.Element | null {
  if (files.length === 0) return null;
  return (
    <div className="k-attachments">
      {files.map((f) =>
        f.contentType.startsWith("image/") ? (
          <Thumbnail key={f.id} file={f} token={token} label={label} />
        ) : (
          <Download key={f.id} file={f} token={token} />
        ),
      )}
    </div>
  );
}
