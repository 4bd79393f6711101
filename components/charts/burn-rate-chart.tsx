"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue } from "./format";

export type BurnRateRow = { rule: string; long: number | null; short: number | null; factor: number };

// Burn rates span 0 to 1000× (a full outage of 99.9 %); past this the bars are cut at the edge and
// their labels still give the value, so a huge burn does not flatten every threshold to nothing.
const AXIS_CAP = 100;

/** Each rule's burn rate now over its long and short window, beside the factor that fires it. */
export function BurnRateChart({ label, rows }: { label: string; rows: BurnRateRow[] }) {
  const largest = Math.max(...rows.flatMap((r) => [r.long ?? 0, r.short ?? 0, r.factor]));
  const max = Math.min(AXIS_CAP, Math.ceil(largest * 1.15));
  return (
    <div role="img" aria-label={label} className="h-72 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 288 }}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 40, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, max]}
            allowDataOverflow
            tickFormatter={(v: number) => formatValue(v, "factor")}
            tick={{ fontSize: 11, fill: "#475569" }}
          />
          <YAxis type="category" dataKey="rule" width={96} tick={{ fontSize: 11, fill: "#475569" }} />
          <Tooltip formatter={(v, n) => [formatValue(typeof v === "number" ? v : null, "factor"), n]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {(
            [
              ["long", "Long window", "#4f46e5"],
              ["short", "Short window", "#0ea5e9"],
              ["factor", "Fires at", "#dc2626"],
            ] as const
          ).map(([key, name, fill]) => (
            <Bar key={key} dataKey={key} name={name} fill={fill} isAnimationActive={false} barSize={8}>
              <LabelList
                dataKey={key}
                position="right"
                fontSize={10}
                fill="#334155"
                formatter={(v) => formatValue(typeof v === "number" ? v : null, "factor")}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
