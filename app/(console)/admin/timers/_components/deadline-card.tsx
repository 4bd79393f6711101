import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { PreciseTime } from "./precise-time";

type Deadline = { id: string; kind: string; key: string; plannedAt: Date };

/**
 * One list of deadlines: each row opens with which deadline and when it was planned; `cells`
 * adds the columns after those, headed by `head`. An empty list shows `empty` instead.
 */
export function DeadlineCard<T extends Deadline>({
  title,
  id,
  empty,
  caption,
  head,
  rows,
  cells,
  rowClassName,
  children,
}: {
  title: string;
  id: string;
  empty: string;
  caption: string;
  head: string[];
  rows: T[];
  cells: (row: T) => ReactNode;
  rowClassName?: (row: T) => string | undefined;
  children?: ReactNode;
}) {
  return (
    <Card title={title} id={id}>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <Table caption={caption} head={["Deadline", "Planned", ...head]}>
          {rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              <Td>
                <div className="font-medium">{row.kind}</div>
                <div className="max-w-xs break-all font-mono text-xs text-slate-600">{row.key}</div>
              </Td>
              <Td className="whitespace-nowrap">
                <PreciseTime value={row.plannedAt} />
              </Td>
              {cells(row)}
            </tr>
          ))}
        </Table>
      )}
      {children}
    </Card>
  );
}
