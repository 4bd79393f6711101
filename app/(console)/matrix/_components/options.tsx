// Shared choices for the rule forms.

export type Choice = { id: string; name: string };

export function TemplateOptions({ templates }: { templates: Choice[] }) {
  return (
    <>
      <option value="">No template</option>
      {templates.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </>
  );
}

export function ModeOptions() {
  return (
    <>
      <option value="true">Automatic</option>
      <option value="false">Remind commander</option>
    </>
  );
}
