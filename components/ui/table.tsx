import type { ReactNode } from "react";

export function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    // A table wider than a phone scrolls inside this region; keyboard users reach it with Tab and scroll it with the arrows.
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
