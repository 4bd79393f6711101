import { Badge } from "@/components/ui/badge";

/** A check's state in one badge: disabled, not run yet, passing, or failing (with how many times in a row). */
export function CheckState({
  enabled,
  lastOk,
  consecutiveFailures,
}: {
  enabled: boolean;
  lastOk: boolean | null;
  consecutiveFailures: number;
}) {
  if (!enabled) return <Badge tone="gray">Disabled</Badge>;
  if (lastOk === null) return <Badge tone="amber">Not run yet</Badge>;
  if (lastOk) return <Badge tone="green">Passing</Badge>;
  return <Badge tone="red">Failing{consecutiveFailures > 1 ? ` ×${consecutiveFailures}` : ""}</Badge>;
}
