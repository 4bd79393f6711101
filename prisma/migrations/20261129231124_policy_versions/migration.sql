-- AlterTable
ALTER TABLE "EscalationPolicy" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "escalationSnapshot" JSONB;

-- Incidents declared before versions existed keep escalating by their policy as it is now.
UPDATE "Incident" i SET "escalationSnapshot" = jsonb_build_object(
  'policyId', p.id, 'name', p.name, 'version', p.version, 'repeatCount', p."repeatCount",
  'levels', COALESCE((SELECT jsonb_agg(jsonb_build_object(
      'id', l.id, 'position', l.position, 'name', l.name, 'roleLabel', l."roleLabel", 'escalateAfterMinutes', l."escalateAfterMinutes",
      'targets', COALESCE((SELECT jsonb_agg(jsonb_build_object('userId', t."userId", 'email', t.email, 'label', t.label) ORDER BY t.id)
                           FROM "EscalationTarget" t WHERE t."levelId" = l.id), '[]'::jsonb)) ORDER BY l.position)
    FROM "EscalationLevel" l WHERE l."policyId" = p.id), '[]'::jsonb))
FROM "EscalationPolicy" p WHERE p.id = i."escalationPolicyId";
