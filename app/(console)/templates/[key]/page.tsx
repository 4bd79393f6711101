import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { isDomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import { TEMPLATE_AUDIENCE_LABEL, TEMPLATE_STATE_LABEL, TEMPLATE_STATE_TONE } from "@/lib/domain/template-vocabulary";
import type { Ctx } from "@/lib/server/context";
import { requirePageCtx } from "@/lib/server/session";
import { getTemplate } from "@/lib/server/templates/get-template";
import { listVersions } from "@/lib/server/templates/list-versions";
import { previewSamples } from "@/lib/server/templates/preview-samples";
import { ArchiveForm } from "../_components/archive-form";
import { SavedNotice } from "../_components/saved-notice";
import { TemplateEditor } from "../_components/template-editor";
import { TemplateText } from "../_components/template-text";
import { VersionList } from "../_components/version-list";

export const metadata: Metadata = { title: "Template" };

async function load<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

async function Versions({
  ctx,
  template,
  editable,
}: {
  ctx: Ctx;
  template: { id: string; key: string };
  editable: boolean;
}) {
  const versions = await load(() => listVersions(ctx, template.key));
  return <VersionList template={template} versions={versions} editable={editable} />;
}

type Search = Promise<{ saved?: string; restored?: string; incident?: string }>;

export default async function TemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Search;
}) {
  const ctx = await requirePageCtx("plan:read");
  const key = decodeURIComponent((await params).key);
  const editable = can(ctx.actor.role, "template:manage");
  const search = await searchParams;
  const [template, samples] = await Promise.all([
    load(() => getTemplate(ctx, key)),
    editable ? previewSamples(ctx, Number(search.incident) || undefined) : null,
  ]);
  const text = {
    subject: template.current?.subject ?? "",
    body: template.current?.body ?? "",
    shortText: template.current?.shortText ?? "",
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/templates" className="text-indigo-700 hover:underline">
          ← Communication templates
        </Link>
      </p>
      <PageTitle
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all font-mono text-xs">{template.key}</span>
            <Badge tone={TEMPLATE_STATE_TONE[template.state]}>{TEMPLATE_STATE_LABEL[template.state]}</Badge>
            <Badge>{TEMPLATE_AUDIENCE_LABEL[template.audience]}</Badge>
            {template.archivedAt ? <Badge tone="amber">archived</Badge> : null}
          </span>
        }
      >
        {template.name}
      </PageTitle>
      <SavedNotice saved={search.saved} restored={search.restored} />
      <div className="space-y-6">
        <Card title={editable ? "Edit" : "Current text"} id="editor">
          {editable && samples ? (
            <TemplateEditor key={template.currentVersion} template={{ ...template, ...text }} samples={samples} />
          ) : (
            <TemplateText description={template.description} text={text} />
          )}
        </Card>
        <Card title="Versions" id="versions">
          <Suspense fallback={<Skeleton label="Loading versions" rows={4} />}>
            <Versions ctx={ctx} template={template} editable={editable} />
          </Suspense>
        </Card>
        {editable ? (
          <Card title="Archive" id="archive">
            <ArchiveForm
              template={{
                id: template.id,
                key: template.key,
                archived: Boolean(template.archivedAt),
                rules: template._count.rules,
              }}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
