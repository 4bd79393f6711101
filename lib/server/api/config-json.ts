import "server-only";

// The REST shapes of escalation policies and the notification matrix, built field by field: a
// member row carries a webhook signing secret that must never leave the server.

type TargetRow = { userId: string | null; email: string | null; label: string };

type PolicyRow = {
  id: string;
  name: string;
  description: string;
  isDefault: boolean;
  repeatCount: number;
  version: number;
  levels: { id: string; name: string; roleLabel: string; escalateAfterMinutes: number; targets: TargetRow[] }[];
};

const targetJson = (t: TargetRow) =>
  t.userId
    ? { kind: "USER" as const, userId: t.userId, label: t.label }
    : { kind: "EMAIL" as const, email: t.email ?? "", label: t.label };

export function policyJson(p: PolicyRow) {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    isDefault: p.isDefault,
    repeatCount: p.repeatCount,
    version: p.version,
    levels: p.levels.map((l) => ({
      id: l.id,
      name: l.name,
      roleLabel: l.roleLabel,
      escalateAfterMinutes: l.escalateAfterMinutes,
      targets: l.targets.map(targetJson),
    })),
  };
}

type Named = { id: string; key: string; name: string };
type RuleRow = {
  id: string;
  severity: string;
  withinMinutes: number;
  autoSend: boolean;
  group: Named;
  templateId: string | null;
  template: { key: string; name: string } | null;
};

export function ruleJson(r: RuleRow) {
  return {
    id: r.id,
    severity: r.severity,
    withinMinutes: r.withinMinutes,
    group: { id: r.group.id, key: r.group.key, name: r.group.name },
    template: r.template && r.templateId ? { id: r.templateId, key: r.template.key, name: r.template.name } : null,
    autoSend: r.autoSend,
  };
}

type MemberRow = {
  id: string;
  kind: string;
  label: string;
  user: { name: string; email: string } | null;
  email: string | null;
  webhookUrl: string | null;
  webhookTimeoutMs: number | null;
};

export const memberJson = (m: MemberRow) => ({
  id: m.id,
  kind: m.kind,
  label: m.label,
  user: m.user ? { name: m.user.name, email: m.user.email } : null,
  email: m.email,
  webhookUrl: m.webhookUrl,
  webhookTimeoutMs: m.webhookTimeoutMs,
});
