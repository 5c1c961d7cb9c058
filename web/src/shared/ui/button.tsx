import type { ComponentProps, JSX } from "react";

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: "default" | "primary" | "ghost" | "danger" | "danger-solid";
  size?: "md" | "sm";
  block?: boolean;
  busy?: boolean;
}

/** The one button of the design system. */
export function Button({
  variant = "default",
  size = "md",
  block,
  busy,
  className,
  children,
  ...rest
}: ButtonProps): JSX.Element {
  const classes = ["k-btn"];
  if (variant !== "default") classes.push(`k-btn--${variant}`);
  if (size === "sm") classes.push("k-btn--sm");
  if (block) classes.push("k-btn--block");
  if (className) classes.push(className);
  return (
    <button
      type="button"
      className={classes.join(" ")}
      disabled={busy || rest.disabled}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? <span className="k-spinner" aria-hidden="true" style={{ width: 14, height: 14 }} /> : null}
      {children}
    </button>
  );
}
