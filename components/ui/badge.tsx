import type { ReactNode } from "react";
import type { Tone } from "@/lib/domain/vocabulary";

export type { Tone };

const TONES: Record<Tone, string> = {
  gray: "bg-slate-100 text-slate-700 ring-slate-300",
  red: "bg-red-50 text-red-700 ring-red-300",
  amber: "bg-amber-50 text-amber-800 ring-amber-300",
  green: "bg-emerald-50 text-emerald-700 ring-emerald-300",
  indigo: "bg-indigo-50 text-indigo-700 ring-indigo-300",
};

export function Badge({ tone = "gray", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
