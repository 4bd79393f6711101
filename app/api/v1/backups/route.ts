// GET /api/v1/backups — backup policies with their RPO state (scope dr:read);
// POST — report a backup verification (scope backups:write), idempotent by key
import { listBackupPolicies, reportBackupVerification } from "@/lib/server/api/endpoints/backups";
import { route } from "@/lib/server/api/handle";

export const GET = route(listBackupPolicies);
export const POST = route(reportBackupVerification);
