"use client";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { SelectField, TextField } from "@/components/ui/field";
import type { DraftTarget } from "./policy-draft";

type Props = {
  target: DraftTarget;
  /** e.g. "levels.1.targets.0": the prefix of this target's error keys and element ids. */
  path: string;
  what: string;
  users: { id: string; name: string; email: string }[];
  errors: Record<string, string[]>;
  onChange: (target: DraftTarget) => void;
  onRemove: () => void;
};

export function TargetEditor({ target, path, what, users, errors, onChange, onRemove }: Props) {
  const id = path.replace(/\./g, "-");
  return (
    <div className="grid items-start gap-3 sm:grid-cols-[10rem_1fr_auto]">
      <SelectField
        id={`${id}-kind`}
        label={
          <>
            <span className="sr-only">{what}: </span>Kind
          </>
        }
        value={target.kind}
        onChange={(e) => onChange({ ...target, kind: e.target.value as DraftTarget["kind"] })}
        errors={errors[`${path}.kind`]}
      >
        <option value="USER">Bridge user</option>
        <option value="EMAIL">E-mail address</option>
      </SelectField>
      {target.kind === "USER" ? (
        <SelectField
          id={`${id}-user`}
          label={
            <>
              <span className="sr-only">{what}: </span>User
            </>
          }
          value={target.userId}
          onChange={(e) => onChange({ ...target, userId: e.target.value })}
          errors={errors[`${path}.userId`]}
        >
          <option value="">Choose an active user…</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </SelectField>
      ) : (
        <TextField
          id={`${id}-email`}
          label={
            <>
              <span className="sr-only">{what}: </span>E-mail address
            </>
          }
          type="email"
          value={target.email}
          placeholder={target.placeholder ? `Who is the ${target.placeholder}?` : "oncall@example.com"}
          onChange={(e) => onChange({ ...target, email: e.target.value })}
          errors={errors[`${path}.email`]}
        />
      )}
      <Button
        type="button"
        variant="secondary"
        className="mt-6"
        onClick={onRemove}
        aria-label={`Remove ${what.toLowerCase()}`}
      >
        Remove
      </Button>
      <div className="sm:col-span-3">
        <FieldError errors={errors[path]} />
      </div>
    </div>
  );
}
