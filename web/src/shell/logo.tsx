import type { JSX } from "react";

/** The Kefu mark: a speech bubble on the accent square. */
export function Logo({ size = 28 }: { size?: number }): JSX.Element {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--kefu-accent)" />
      <path
        d="M9 10.5h14a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-7l-4.5 3.2v-3.2H9a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1z"
        fill="#fff"
      />
      <circle cx="12.5" cy="15.5" r="1.3" fill="var(--kefu-accent)" />
      <circle cx="16" cy="15.5" r="1.3" fill="var(--kefu-accent)" />
      <circle cx="19.5" cy="15.5" r="1.3" fill="var(--kefu-accent)" />
    </svg>
  );
}
