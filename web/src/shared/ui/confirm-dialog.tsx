import { type JSX, type ReactNode, useEffect, useRef } from "react";
import { Button } from "./button.js";

export interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation: focus starts on Cancel, Escape cancels, Tab stays inside. */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { onCancel } = props;
  useEffect(() => {
    const previous = document.activeElement;
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onCancel();
      if (e.key === "Tab" && boxRef.current) {
        const focusable = boxRef.current.querySelectorAll<HTMLElement>("button, textarea, input, select");
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last?.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first?.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [onCancel]);
  return (
    <div className="k-modal-backdrop">
      <div className="k-modal" role="alertdialog" aria-modal="true" aria-labelledby="k-confirm-title" ref={boxRef}>
        <h2 id="k-confirm-title">{props.title}</h2>
        {props.children}
        <div className="k-modal-actions">
          <Button ref={cancelRef} onClick={props.onCancel}>
            {props.cancelLabel}
          </Button>
          <Button variant={props.danger ? "danger-solid" : "primary"} busy={props.busy} onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
        </div>
      </div>
    </div>
  );
}
