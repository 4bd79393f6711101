// The policy as the editor holds it while the admin works: strings as typed, a stable key per
// row for React, and whether a stored level may still be removed.

export type DraftTarget = { key: string; kind: "USER" | "EMAIL"; userId: string; email: string; placeholder: string };
export type DraftLevel = {
  key: string;
  id?: string;
  name: string;
  roleLabel: string;
  escalateAfterMinutes: string;
  pageCount: number;
  targets: DraftTarget[];
};
export type Draft = {
  id?: string;
  name: string;
  description: string;
  repeatCount: string;
  isDefault: boolean;
  levels: DraftLevel[];
};

export type StoredPolicy = {
  id: string;
  name: string;
  description: string;
  repeatCount: number;
  isDefault: boolean;
  levels: {
    id: string;
    name: string;
    roleLabel: string;
    escalateAfterMinutes: number;
    _count: { pages: number };
    targets: { id: string; userId: string | null; email: string | null; label: string }[];
  }[];
};

let counter = 0;
export const newKey = () => `new-${++counter}`;

export const blankTarget = (kind: DraftTarget["kind"] = "EMAIL"): DraftTarget => ({
  key: newKey(),
  kind,
  userId: "",
  email: "",
  placeholder: "",
});

export const blankLevel = (position: number): DraftLevel => ({
  key: newKey(),
  name: position === 1 ? "Primary on-call" : `Level ${position}`,
  roleLabel: "",
  escalateAfterMinutes: "15",
  pageCount: 0,
  targets: [blankTarget()],
});

export const blankDraft = (): Draft => ({
  name: "",
  description: "",
  repeatCount: "0",
  isDefault: false,
  levels: [blankLevel(1)],
});

/** A stored target with neither a user nor an address pages nobody; it becomes an empty e-mail row. */
export function fromPolicy(policy: StoredPolicy): Draft {
  return {
    id: policy.id,
    name: policy.name,
    description: policy.description,
    repeatCount: String(policy.repeatCount),
    isDefault: policy.isDefault,
    levels: policy.levels.map((l) => ({
      key: l.id,
      id: l.id,
      name: l.name,
      roleLabel: l.roleLabel,
      escalateAfterMinutes: String(l.escalateAfterMinutes),
      pageCount: l._count.pages,
      targets: l.targets.map((t) => ({
        key: t.id,
        kind: t.userId ? "USER" : "EMAIL",
        userId: t.userId ?? "",
        email: t.email ?? "",
        placeholder: !t.userId && !t.email ? t.label : "",
      })),
    })),
  };
}

/** What the services take (see lib/domain/policy-input.ts); validation happens there. */
export function toInput(draft: Draft) {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    description: draft.description,
    repeatCount: draft.repeatCount,
    isDefault: draft.isDefault,
    levels: draft.levels.map((l) => ({
      ...(l.id ? { id: l.id } : {}),
      name: l.name,
      roleLabel: l.roleLabel,
      escalateAfterMinutes: l.escalateAfterMinutes,
      targets: l.targets.map((t) =>
        t.kind === "USER" ? { kind: "USER", userId: t.userId } : { kind: "EMAIL", email: t.email },
      ),
    })),
  };
}

export function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
