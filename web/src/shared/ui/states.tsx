import type { JSX, ReactNode } from "react";

export function Spinner({ label }: { label: string }): JSX.Element {
  return <span className="k-spinner" role="status" aria-label={label} />;
}

/** A centred message for empty lists and blank panes. */
export function EmptyState({
  title,
  children,
  icon,
}: {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
}): JSX.Element {
  return (
    <div className="k-empty">
      {icon}
      <strong>{title}</strong>
      {children ? <span>{children}</span> : null}
    </div>
  );
}

export function ErrorAlert({ error }: { error: unknown }): JSX.Element | null {
  if (!error) return null;
  return (
    <div className="k-alert" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </div>
  );
}
