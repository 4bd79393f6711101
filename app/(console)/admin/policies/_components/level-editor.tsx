"use client";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/field";
import { MAX_ESCALATE_AFTER } from "@/lib/domain/policy-input";
import { blankTarget, type DraftLevel, type DraftTarget } from "./policy-draft";
import { TargetEditor } from "./target-editor";

type Props = {
  level: DraftLevel;
  index: number;
  count: number;
  users: { id: string; name: string; email: string }[];
  errors: Record<string, string[]>;
  onChange: (level: DraftLevel) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

export function LevelEditor({ level, index, count, users, errors, onChange, onMove, onRemove }: Props) {
  const path = `levels.${index}`;
  const id = `level-${index}`;
  const n = index + 1;
  const setTarget = (i: number, target: DraftTarget) =>
    onChange({ ...level, targets: level.targets.map((t, j) => (j === i ? target : t)) });
  const last = index === count - 1;
  return (
    <fieldset className="rounded-md p-4 ring-1 ring-slate-200">
      <legend className="px-1 text-sm font-semibold text-slate-900">Level {n}</legend>
      <div className="mb-3 flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
          aria-label={`Move level ${n} up`}
        >
          ↑ Up
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={last}
          onClick={() => onMove(index + 1)}
          aria-label={`Move level ${n} down`}
        >
          ↓ Down
        </Button>
        <Button
          type="button"
          variant="danger"
          disabled={level.pageCount > 0 || count === 1}
          onClick={onRemove}
          aria-label={`Remove level ${n}`}
        >
          Remove level
        </Button>
        {level.pageCount > 0 ? (
          <span className="self-center text-xs text-slate-600">
            Paged people {level.pageCount} time(s) in incidents, so it stays; you may still edit it.
          </span>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={`${id}-name`}
          label="Name"
          value={level.name}
          onChange={(e) => onChange({ ...level, name: e.target.value })}
          errors={errors[`${path}.name`]}
        />
        <TextField
          id={`${id}-role`}
          label="Role label"
          value={level.roleLabel}
          onChange={(e) => onChange({ ...level, roleLabel: e.target.value })}
          errors={errors[`${path}.roleLabel`]}
        />
        <TextField
          id={`${id}-after`}
          label="Escalate after (minutes)"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ESCALATE_AFTER}
          value={level.escalateAfterMinutes}
          onChange={(e) => onChange({ ...level, escalateAfterMinutes: e.target.value })}
          errors={errors[`${path}.escalateAfterMinutes`]}
          hint={
            last
              ? "At the last level: time before the chain repeats, if it does"
              : "Unacknowledged this long → next level is paged"
          }
        />
      </div>
      <div className="mt-4 space-y-3">
        <p className="text-sm font-medium text-slate-700">Who is paged</p>
        {level.targets.map((t, i) => (
          <TargetEditor
            key={t.key}
            target={t}
            path={`${path}.targets.${i}`}
            what={`Level ${n} target ${i + 1}`}
            users={users}
            errors={errors}
            onChange={(target) => setTarget(i, target)}
            onRemove={() => onChange({ ...level, targets: level.targets.filter((_, j) => j !== i) })}
          />
        ))}
        {level.targets.some((t) => t.placeholder && !t.email) ? (
          <p className="text-sm text-amber-700">
            Nobody is paged for {level.targets.find((t) => t.placeholder)?.placeholder} yet: choose a user or enter an
            address.
          </p>
        ) : null}
        <FieldError errors={errors[`${path}.targets`]} />
        <FieldError errors={errors[`${path}.id`]} />
        <Button
          type="button"
          variant="secondary"
          onClick={() => onChange({ ...level, targets: [...level.targets, blankTarget()] })}
          aria-label={`Add a target to level ${n}`}
        >
          + Add target
        </Button>
      </div>
    </fieldset>
  );
}
