"use client";

import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";

type Props = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Focused when the dialog opens; otherwise the browser picks the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  wide?: boolean;
};

/**
 * A native modal <dialog>: the browser traps focus and Escape closes it. Focus goes back to
 * whatever had it before opening. The content stays mounted while closed, so nothing typed is lost.
 */
export function ModalDialog({ open, onClose, title, children, initialFocus, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        returnTo.current?.focus();
        returnTo.current = null;
        if (open) onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? "max-w-2xl" : "max-w-xl"} rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/60`}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="max-h-[80vh] overflow-y-auto px-5 py-4">{children}</div>
    </dialog>
  );
}
