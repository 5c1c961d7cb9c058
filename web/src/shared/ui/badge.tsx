import type { JSX, ReactNode } from "react";

export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "danger";

/** A small status pill. */
export function Badge({
  tone = "neutral",
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}): JSX.Element {
  return (
    <span className={tone === "neutral" ? "k-badge" : `k-badge k-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
