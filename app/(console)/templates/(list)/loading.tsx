// Only the list shows a skeleton: under one at the /templates level, the editor pages would start
// streaming before refusing a role, and answer 200 instead of 403.
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <Skeleton label="Loading templates" rows={6} />;
}
