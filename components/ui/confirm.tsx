"use client";
import { useId, type ReactNode } from "react";
import { Button } from "./button";

/**
 * An inline confirmation ("are you sure?") announced as an alert dialog, with the confirm and
 * cancel buttons; `danger` for what cannot be undone.
 */
export function Confirm({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  danger = false,
}: {
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
}) {
  const id = useId();
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      className={`space-y-2 rounded-md border p-3 ${danger ? "border-red-300 bg-red-50" : "border-amber-400 bg-amber-50"}`}
    >
      <div id={`${id}-title`} className="text-sm">
        {title}
      </div>
      {children}
      <div className="flex gap-2">
        <Button type="button" variant={danger ? "danger" : "primary"} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}

/** A form-level error, announced. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {children}
    </p>
  );
}
