"use client";

import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * The console's navigation: a sidebar from the md breakpoint up; below it, a top bar with the
 * declare button and a Menu button, the links folded away until asked for, so a page's own content
 * (an incident's Acknowledge button) starts on the first screen of a phone. Following a link folds
 * the menu again.
 */
export function CollapsibleNav({
  declare,
  unread,
  children,
}: {
  declare: ReactNode;
  /** Unread inbox items, shown on the Menu button while the links are folded away. */
  unread: number;
  children: ReactNode;
}) {
  // Open only on the page it was opened on: a followed link folds it without an effect.
  const path = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  return (
    <>
      <div className="flex items-center gap-2 px-4 py-3 md:block md:px-0 md:py-0">
        <div className="flex-1 text-lg font-bold text-white md:px-4 md:py-5">Bridge</div>
        {declare ? <div className="md:px-2 md:pb-4">{declare}</div> : null}
        <button
          type="button"
          className="min-h-11 rounded-md border border-slate-600 px-3 text-sm font-medium text-white md:hidden"
          aria-expanded={open}
          aria-controls="console-menu"
          onClick={() => setOpenOn(open ? null : path)}
        >
          {open ? "Close menu" : "Menu"}
          {!open && unread > 0 ? (
            <span className="ml-2 rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold">
              {unread}
              <span className="sr-only"> unread</span>
            </span>
          ) : null}
        </button>
      </div>
      <div id="console-menu" className={open ? "block pb-2" : "hidden md:block"}>
        {children}
      </div>
    </>
  );
}
