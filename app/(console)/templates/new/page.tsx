import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePageCtx } from "@/lib/server/session";
import { previewSamples } from "@/lib/server/templates/preview-samples";
import { TemplateEditor } from "../_components/template-editor";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<{ incident?: string }> }) {
  const ctx = await requirePageCtx("template:manage");
  const samples = await previewSamples(ctx, Number((await searchParams).incident) || undefined);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/templates" className="text-indigo-700 hover:underline">
          ← Communication templates
        </Link>
      </p>
      <PageTitle>New template</PageTitle>
      <Card title="Template" id="editor">
        <TemplateEditor template={null} samples={samples} />
      </Card>
    </>
  );
}
