import { Markdown } from "@/components/ui/markdown";
import { LocalTime } from "@/components/ui/local-time";
import { SECTION } from "@/lib/domain/postmortem-status";
import type { SectionView } from "@/lib/server/postmortems/get";
import { SectionEditor } from "./section-editor";
import { SectionHistory } from "./section-history";

/** One free-text section: its editor while the postmortem may be changed, else its rendered text. */
export function SectionBlock({
  postmortemId,
  section,
  editable,
}: {
  postmortemId: string;
  section: SectionView;
  editable: boolean;
}) {
  const { label, hint, slug } = SECTION[section.key];
  return (
    <section
      id={slug}
      // No aria-label: the textarea is labelled with the section's name, and must be the only thing that is.
      className="scroll-mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      {editable ? (
        <SectionEditor
          postmortemId={postmortemId}
          sectionKey={section.key}
          label={label}
          hint={hint}
          body={section.body}
          version={section.version}
        />
      ) : (
        <>
          <h2 className="text-lg font-semibold">{label}</h2>
          {section.body.trim() ? (
            <Markdown source={section.body} className="mt-2" />
          ) : (
            <p className="mt-2 text-sm text-slate-500">Not written.</p>
          )}
          {section.updatedAt ? (
            <p className="mt-2 text-xs text-slate-500">
              Last changed by {section.updatedBy ?? "someone"}, <LocalTime value={section.updatedAt} />
            </p>
          ) : null}
          <div className="mt-2">
            <SectionHistory postmortemId={postmortemId} sectionKey={section.key} label={label} />
          </div>
        </>
      )}
    </section>
  );
}
