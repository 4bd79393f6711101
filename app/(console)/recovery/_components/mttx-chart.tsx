"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { durationTicks, formatMinutes } from "@/lib/domain/duration";
import { SEVERITIES, SEVERITY_LABEL, type Severity } from "@/lib/domain/severity";

export type MttxRow = { label: string } & Partial<Record<Severity, number | null>>;

// One colour per severity, and a dash pattern too, so the lines differ without colour.
const STROKE: Record<Severity, { color: string; dash?: string }> = {
  SEV1: { color: "#b91c1c" },
  SEV2: { color: "#b45309", dash: "6 3" },
  SEV3: { color: "#4338ca", dash: "2 3" },
};

/** A mean duration (minutes) per month, one line per severity; a month without incidents is a gap. */
export function MttxChart({ rows }: { rows: MttxRow[] }) {
  const ticks = durationTicks(Math.max(0, ...rows.flatMap((r) => SEVERITIES.map((s) => r[s] ?? 0))));
  return (
    <ResponsiveContainer width="100%" height="100%" minWidth={0}>
      <LineChart accessibilityLayer={false} data={rows} margin={{ top: 16, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis
          domain={[0, ticks[ticks.length - 1]]}
          ticks={ticks}
          tickFormatter={(m: number) => formatMinutes(Math.round(m))}
          tick={{ fontSize: 11 }}
          width={72}
        />
        <Tooltip formatter={(value) => (value === null ? "—" : formatMinutes(Math.round(Number(value))))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {SEVERITIES.map((s) => (
          <Line
            key={s}
            type="monotone"
            dataKey={s}
            name={SEVERITY_LABEL[s]}
            stroke={STROKE[s].color}
            strokeDasharray={STROKE[s].dash}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
