import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxGroup, RadioGroup } from "./choice-group";
import { SelectField, TextAreaField, TextField } from "./field";

describe("fields", () => {
  it("labels the control by its id, which defaults to its name", () => {
    const html = renderToStaticMarkup(<TextField label="Title" name="title" />);
    expect(html).toContain('<label for="title"');
    expect(html).toContain('id="title"');
    expect(html).toContain('name="title"');
    expect(html).not.toContain("aria-invalid");
  });

  it("links the hint while the field is valid", () => {
    const html = renderToStaticMarkup(<TextField label="Key" name="key" id="new-key" hint="Cannot be changed later" />);
    expect(html).toContain('aria-describedby="new-key-hint"');
    expect(html).toContain('<p id="new-key-hint"');
  });

  it("marks an invalid control and links its error instead of the hint", () => {
    const html = renderToStaticMarkup(
      <SelectField label="Group" name="groupId" hint="Who is told" errors={["Choose a group"]}>
        <option>One</option>
      </SelectField>,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="groupId-error"');
    expect(html).toContain('<p id="groupId-error" role="alert"');
    expect(html).toContain("Choose a group");
    expect(html).not.toContain("Who is told");
  });

  it("falls back to a hint shown elsewhere, until there is an error", () => {
    const valid = renderToStaticMarkup(<TextAreaField label="Note" name="message" aria-describedby="shortcut-hint" />);
    expect(valid).toContain('aria-describedby="shortcut-hint"');
    const invalid = renderToStaticMarkup(
      <TextAreaField label="Note" name="message" aria-describedby="shortcut-hint" errors={["Write a note"]} />,
    );
    expect(invalid).toContain('aria-describedby="message-error"');
  });

  it("hides the label visually but keeps it for assistive technology", () => {
    const html = renderToStaticMarkup(
      <SelectField label="Role of a@b.c" name="role" hideLabel compact>
        <option>X</option>
      </SelectField>,
    );
    expect(html).toContain('class="sr-only"');
    expect(html).toContain("Role of a@b.c");
  });
});

/** The <input> tag with this value. */
const inputOf = (html: string, value: string) => html.match(new RegExp(`<input[^>]*value="${value}"[^>]*>`))?.[0] ?? "";

describe("choice groups", () => {
  const choices = [
    { value: "a", label: "Alpha", hint: "first" },
    { value: "b", label: "Beta" },
  ];

  it("checks the given values and links the group's error to the fieldset", () => {
    const html = renderToStaticMarkup(
      <CheckboxGroup
        id="pick"
        name="pick"
        legend="Pick"
        choices={choices}
        defaultValues={new Set(["b"])}
        errors={["Pick one"]}
      />,
    );
    expect(html).toMatch(/<fieldset[^>]*aria-invalid="true"[^>]*aria-describedby="pick-error"/);
    expect(inputOf(html, "b")).toContain('checked=""');
    expect(inputOf(html, "a")).not.toContain("checked");
    expect(html).toContain('<p id="pick-error" role="alert"');
  });

  it("renders radios with their hints and no error when valid", () => {
    const html = renderToStaticMarkup(
      <RadioGroup id="sev" name="severity" legend="Severity" choices={choices} defaultValue="a" />,
    );
    expect(inputOf(html, "a")).toMatch(/type="radio".*name="severity".*checked=""/);
    expect(inputOf(html, "b")).not.toContain("checked");
    expect(html).toContain("first");
    expect(html).not.toContain("aria-invalid");
  });
});
