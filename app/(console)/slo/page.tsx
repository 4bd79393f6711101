import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/card";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Service levels" };

export default async function Page() {
  await requirePageCtx("plan:read");
  return <PageTitle description="Being built.">Service levels</PageTitle>;
}
