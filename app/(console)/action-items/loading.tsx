import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <Skeleton label="Loading action items" rows={6} />;
}
