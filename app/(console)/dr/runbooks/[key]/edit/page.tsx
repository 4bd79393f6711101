import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { getRunbook } from "@/lib/server/runbooks/read";
import { requirePageCtx } from "@/lib/server/session";
import { RunbookForm } from "../../_components/runbook-form";
import { orNotFound } from "../load";

export const metadata: Metadata = { title: "Edit runbook" };

export default async function EditRunbookPage({ params }: { params: Promise<{ key: string }> }) {
  const ctx = await requirePageCtx("dr:manage");
  const rb = await orNotFound(getRunbook(ctx, (await params).key));
  return (
    <>
      <PageTitle description={`Saving makes version ${rb.version + 1}; runs already recorded keep their steps.`}>
        Edit {rb.title}
      </PageTitle>
      <p className="mb-4 text-sm">
        <Link className="text-indigo-700 underline" href={`/dr/runbooks/${rb.key}`}>
          Back to the runbook
        </Link>
      </p>
      <Card title="Runbook" id="runbook-form">
        <RunbookForm
          current={{
            runbookId: rb.id,
            key: rb.key,
            title: rb.title,
            category: rb.category,
            description: rb.description,
            steps: rb.steps.map(({ id, title, description, command, expectedResult }) => ({
              id,
              title,
              description,
              command,
              expectedResult,
            })),
          }}
        />
      </Card>
    </>
  );
}
