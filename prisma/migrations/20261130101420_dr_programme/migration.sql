-- AlterTable
ALTER TABLE "DataAsset" ADD COLUMN     "rpoBreachNotifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DrTest" ADD COLUMN     "runbookId" TEXT,
ADD COLUMN     "scenario" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DrTestRun" ADD COLUMN     "criteria" JSONB,
ADD COLUMN     "drill" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "incidentId" TEXT;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "drill" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Risk" ADD COLUMN     "reviewDueAt" TIMESTAMP(3),
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Runbook" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RunbookRun" ADD COLUMN     "runbookVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RunbookRunStep" ADD COLUMN     "changed" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "RunbookStep" ADD COLUMN     "expectedResult" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "StakeholderGroup" ADD COLUMN     "external" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RunbookVersion" (
    "id" TEXT NOT NULL,
    "runbookId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "editedById" TEXT,
    "editedAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "RunbookVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackupVerification" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BackupVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RunbookVersion_runbookId_version_key" ON "RunbookVersion"("runbookId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BackupVerification_idempotencyKey_key" ON "BackupVerification"("idempotencyKey");

-- CreateIndex
CREATE INDEX "BackupVerification_policyId_verifiedAt_idx" ON "BackupVerification"("policyId", "verifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DrTestRun_incidentId_key" ON "DrTestRun"("incidentId");

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookVersion" ADD CONSTRAINT "RunbookVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrTest" ADD CONSTRAINT "DrTest_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrTestRun" ADD CONSTRAINT "DrTestRun_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupVerification" ADD CONSTRAINT "BackupVerification_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "BackupPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Every runbook starts its history at version 1, as its steps are now.
INSERT INTO "RunbookVersion" ("id", "runbookId", "version", "title", "steps", "editedAt", "note")
SELECT 'rbv_' || r.id, r.id, 1, r.title,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('title', s.title, 'description', s.description, 'command', s.command,
    'expectedResult', s."expectedResult") ORDER BY s.position) FROM "RunbookStep" s WHERE s."runbookId" = r.id), '[]'::jsonb),
  CURRENT_TIMESTAMP, 'As the plan wrote it'
FROM "Runbook" r;

-- A backup verified before verifications were kept keeps that time as its first verification.
INSERT INTO "BackupVerification" ("id", "policyId", "verifiedAt", "ok", "source", "note")
SELECT 'bkv_' || p.id, p.id, p."lastVerifiedAt", true, 'recorded', 'Verified before each check was kept'
FROM "BackupPolicy" p WHERE p."lastVerifiedAt" IS NOT NULL;

-- The plan's customer-facing groups are outside the organisation: drills never notify them.
UPDATE "StakeholderGroup" SET "external" = true WHERE key IN ('customers', 'affected_customers');
