"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatTick, formatValue, type ValueFormat } from "./format";

export type Marker = { from: number; to: number; label: string };
export type Threshold = { y: number; label: string };

/**
 * One value over time against its objective, with incidents shaded on the time axis. Receives
 * shaped rows (epoch ms `t`); fetches nothing. The figure around it carries the name and a table.
 */
export function TimeSeriesChart({
  label,
  rows,
  dataKey,
  name,
  format,
  domain,
  yDomain,
  thresholds = [],
  markers = [],
  step = false,
}: {
  label: string;
  rows: ({ t: number } & Record<string, number | null>)[];
  dataKey: string;
  name: string;
  format: ValueFormat;
  domain: [number, number];
  yDomain?: [number | "auto", number | "auto"];
  thresholds?: Threshold[];
  markers?: Marker[];
  step?: boolean;
}) {
  const span = domain[1] - domain[0];
  return (
    <div role="img" aria-label={label} className="h-60 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 240 }}>
        <LineChart data={rows} margin={{ top: 16, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            allowDataOverflow
            tickFormatter={(t: number) => formatTick(t, span)}
            tick={{ fontSize: 11, fill: "#475569" }}
            minTickGap={24}
          />
          <YAxis
            domain={yDomain ?? ["auto", "auto"]}
            allowDataOverflow={Boolean(yDomain)}
            tickFormatter={(v: number) => formatValue(v, format)}
            tick={{ fontSize: 11, fill: "#475569" }}
            width={64}
          />
          <Tooltip
            labelFormatter={(t) => new Date(Number(t)).toLocaleString()}
            formatter={(v) => [formatValue(typeof v === "number" ? v : null, format), name]}
          />
          {markers.map((m) => (
            <ReferenceArea
              key={`${m.label}-${m.from}`}
              x1={m.from}
              x2={Math.max(m.to, m.from + span / 300)}
              fill="#f59e0b"
              fillOpacity={0.15}
              stroke="#d97706"
              strokeOpacity={0.6}
              label={{ value: m.label, position: "insideTopLeft", fontSize: 11, fill: "#92400e" }}
              ifOverflow="hidden"
            />
          ))}
          {thresholds.map((th) => (
            <ReferenceLine
              key={th.label}
              y={th.y}
              stroke="#dc2626"
              strokeDasharray="6 4"
              label={{ value: th.label, position: "insideBottomRight", fontSize: 11, fill: "#b91c1c" }}
              ifOverflow="extendDomain"
            />
          ))}
          <Line
            type={step ? "stepAfter" : "monotone"}
            dataKey={dataKey}
            name={name}
            stroke="#4f46e5"
            strokeWidth={2}
            dot={rows.length < 3}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
