import type { JSX, ReactNode } from "react";
import type { ApiError } from "../lib/api-client.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

export function LoadingState(props: { rows?: number }): JSX.Element {
  const { t } = useAdminStrings();
  return (
    <div className="adm-loading" role="status" aria-busy="true" aria-label={t.common.loading}>
      {Array.from({ length: props.rows ?? 3 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity.
        <div key={i} className="adm-skeleton" />
      ))}
    </div>
  );
}

export function EmptyState(props: { children?: ReactNode }): JSX.Element {
  const { t } = useAdminStrings();
  return (
    <div className="adm-empty">
      <svg width="40" height="40" viewBox="0 0 24 24" aria-hidden="true">
        <path
          fill="currentColor"
          d="M4 4h16a2 2 0 0 1 2 2v9h-5.2a3 3 0 0 1-5.6 0H2V6a2 2 0 0 1 2-2Zm-2 13h7.9a5 5 0 0 0 4.2 0H22v1a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2v-1Z"
          opacity=".35"
        />
      </svg>
      <p>{props.children ?? t.common.empty}</p>
    </div>
  );
}

/** An API failure in words, with a retry button when the page can refetch. */
export function ErrorState(props: { error: ApiError; onRetry?: () => void }): JSX.Element {
  const { t } = useAdminStrings();
  const forbidden = props.error.status === 403 || props.error.status === 401;
  return (
    <div className="adm-error" role="alert">
      <strong>{forbidden ? t.common.forbidden : t.common.errorTitle}</strong>
      {forbidden ? null : (
        <span>
          {props.error.code}: {props.error.message}
        </span>
      )}
      {props.onRetry ? (
        <button type="button" className="adm-btn adm-btn-ghost" onClick={props.onRetry}>
          {t.common.retry}
        </button>
      ) : null}
    </div>
  );
}
