"use client";

import { useEffect, useRef } from "react";

/** Typing in a field, or a shortcut with a modifier, is never a request for a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest("input, textarea, select")))
  );
}

/**
 * Calls `onPress` when the single key `key` is pressed on its own, outside a field and while no
 * dialog is open (a dialog's own keys belong to it).
 */
export function useKeyShortcut(key: string, onPress: () => void): void {
  const latest = useRef(onPress);
  useEffect(() => {
    latest.current = onPress;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== key || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.repeat || event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [key]);
}
