"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendSeries = { key: string; name: string };

// Colour AND dash pattern differ per line, so the legend reads without colour sight.
const STYLES = [
  { stroke: "#4f46e5", dash: undefined },
  { stroke: "#047857", dash: "6 3" },
  { stroke: "#b45309", dash: "2 3" },
  { stroke: "#b91c1c", dash: "8 3 2 3" },
  { stroke: "#0e7490", dash: "1 5" },
];

/** The percentage metrics per quarter, oldest first; a quarter without data leaves a gap. */
export function ReadinessChart({
  label,
  rows,
  series,
}: {
  label: string;
  rows: ({ quarter: string } & Record<string, number | string | null>)[];
  series: TrendSeries[];
}) {
  return (
    <div role="img" aria-label={label} className="h-72 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 280 }}>
        <LineChart data={rows} margin={{ top: 16, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="quarter" tick={{ fontSize: 11, fill: "#475569" }} />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fontSize: 11, fill: "#475569" }}
            width={44}
          />
          <Tooltip formatter={(v) => (typeof v === "number" ? `${v}%` : "no data")} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={STYLES[i % STYLES.length].stroke}
              strokeDasharray={STYLES[i % STYLES.length].dash}
              strokeWidth={2}
              dot
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
