import type { ReactNode } from "react";
import Link from "next/link";

const TABS = [
  { href: "/dr", label: "Readiness" },
  { href: "/dr/risks", label: "Risks" },
  { href: "/dr/scenarios", label: "Scenarios" },
  { href: "/dr/runbooks", label: "Runbooks" },
  { href: "/dr/tests", label: "DR tests" },
  { href: "/dr/backups", label: "Backups" },
];

export default function DrLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="Disaster recovery" className="mb-6 flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.href}
            href={t.href}
            className="inline-flex min-h-11 items-center rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100"
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
