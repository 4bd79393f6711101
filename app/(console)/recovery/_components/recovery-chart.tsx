"use client";

import {
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { durationTicks, formatMinutes } from "@/lib/domain/duration";

export type RecoveryPoint = { t: number; minutes: number; incident: string };

// Met and breached differ in colour AND shape AND legend text, so neither colour sight nor
// colour print is needed to tell them apart.
const MET = "#047857";
const BREACHED = "#b91c1c";

/** One component's time to recover per resolved incident, against its RTO as a reference line. */
export function RecoveryChart({
  met,
  breached,
  rtoMinutes,
  timeZone,
}: {
  met: RecoveryPoint[];
  breached: RecoveryPoint[];
  rtoMinutes: number;
  timeZone: string;
}) {
  const day = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" });
  // Headroom above the highest point or the RTO line, so neither sits on the chart's edge.
  const ticks = durationTicks(
    1.1 * Math.max(rtoMinutes, ...met.map((p) => p.minutes), ...breached.map((p) => p.minutes)),
  );
  return (
    <ResponsiveContainer width="100%" height="100%" minWidth={0}>
      <ScatterChart accessibilityLayer={false} margin={{ top: 16, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          type="number"
          dataKey="t"
          name="Incident started"
          domain={["dataMin", "dataMax"]}
          padding={{ left: 16, right: 16 }}
          tickFormatter={(t: number) => day.format(t)}
          tick={{ fontSize: 11 }}
        />
        <YAxis
          type="number"
          dataKey="minutes"
          name="Time to recover"
          domain={[0, ticks[ticks.length - 1]]}
          ticks={ticks}
          tickFormatter={(m: number) => formatMinutes(Math.round(m))}
          tick={{ fontSize: 11 }}
          width={72}
        />
        <Tooltip
          formatter={(value, name) =>
            name === "Time to recover" ? formatMinutes(Math.round(Number(value))) : day.format(Number(value))
          }
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine
          y={rtoMinutes}
          stroke="#334155"
          strokeDasharray="6 3"
          label={{ value: `RTO ${formatMinutes(rtoMinutes)}`, position: "insideTopRight", fontSize: 11 }}
        />
        <Scatter name="Recovered within RTO" data={met} fill={MET} shape="circle" isAnimationActive={false} />
        <Scatter name="RTO breached" data={breached} fill={BREACHED} shape="triangle" isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
