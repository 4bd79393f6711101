import Link from "next/link";
import type { ReactNode } from "react";
import { HydrationMarker } from "@/components/shell/hydration-marker";

/** The frame of the public subscription pages: narrow, readable on a phone, a way back to the status page. */
export function SubscriptionPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-8 sm:py-12">
      <HydrationMarker />
      <p className="mb-4 text-sm">
        <Link href="/status" className="font-bold text-slate-600 hover:underline">
          Bridge status
        </Link>
      </p>
      <div className="space-y-5 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** An outcome in a sentence or two; red when the link did not work. */
export function Outcome({ tone = "slate", children }: { tone?: "slate" | "green" | "red"; children: ReactNode }) {
  const colour = { slate: "text-slate-700", green: "text-emerald-800", red: "text-red-800" }[tone];
  return (
    <div role="status" className={`space-y-2 text-sm ${colour}`}>
      {children}
    </div>
  );
}
