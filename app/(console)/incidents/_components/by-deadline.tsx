"use client";

import type { ReactNode } from "react";
import { useNow } from "@/components/live/use-now";

/**
 * Shows `before` until `deadline` passes on the server-corrected clock, then `after`; so a
 * "Pending" turns "Overdue" on screen at the moment it becomes true, without a reload.
 */
export function ByDeadline({
  deadline,
  initiallyPast,
  before,
  after,
}: {
  deadline: string;
  initiallyPast: boolean;
  before: ReactNode;
  after: ReactNode;
}) {
  const now = useNow();
  const past = now === null ? initiallyPast : now > new Date(deadline).getTime();
  return <>{past ? after : before}</>;
}
