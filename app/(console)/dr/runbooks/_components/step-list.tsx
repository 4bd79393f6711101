import type { StepSnapshot } from "@/lib/domain/runbooks/step-edit";

const Block = ({ label, text, mono }: { label: string; text: string; mono?: boolean }) =>
  text ? (
    <div className="mt-1">
      <span className="text-xs font-medium text-slate-500">{label}</span>
      <pre
        tabIndex={0}
        className={`mt-0.5 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs ${mono ? "font-mono" : "font-sans"}`}
      >
        {text}
      </pre>
    </div>
  ) : null;

/** A runbook's steps as written: title, instructions, command and expected result. */
export function StepList({ steps, label }: { steps: StepSnapshot[]; label: string }) {
  return (
    <ol aria-label={label} className="list-decimal space-y-3 pl-5 text-sm">
      {steps.map((s, i) => (
        <li key={i} className="min-w-0">
          <span className="font-medium">{s.title}</span>
          <Block label="Instructions" text={s.description} />
          <Block label="Command" text={s.command} mono />
          <Block label="Expected result" text={s.expectedResult} />
        </li>
      ))}
    </ol>
  );
}
