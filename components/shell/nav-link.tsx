"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, label, count }: { href: string; label: string; count?: number }) {
  const path = usePathname();
  const active = href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
  return (
    // No prefetch: every live refresh would otherwise re-render each linked page in the background.
    <Link
      href={href}
      prefetch={false}
      aria-current={active ? "page" : undefined}
      className={`block rounded-md px-3 py-3 text-sm font-medium md:py-2 ${active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800 hover:text-white"}`}
    >
      {label}
      {count ? (
        <span className="ml-2 rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold text-white">
          {count}
          <span className="sr-only"> unread</span>
        </span>
      ) : null}
    </Link>
  );
}
