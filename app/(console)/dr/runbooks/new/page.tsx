import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePageCtx } from "@/lib/server/session";
import { RunbookForm } from "../_components/runbook-form";

export const metadata: Metadata = { title: "New runbook" };

export default async function NewRunbookPage() {
  await requirePageCtx("dr:manage");
  return (
    <>
      <PageTitle description="Its first version; every later save keeps the one before in its history.">
        New runbook
      </PageTitle>
      <p className="mb-4 text-sm">
        <Link className="text-indigo-700 underline" href="/dr/runbooks">
          Back to runbooks
        </Link>
      </p>
      <Card title="Runbook" id="runbook-form">
        <RunbookForm current={{ runbookId: "", key: "", title: "", category: "", description: "", steps: [] }} />
      </Card>
    </>
  );
}
