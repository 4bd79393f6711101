-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "priority" INTEGER;

-- Unfinished deliveries get their claim order (DELIVERY_PRIORITY): page 0, notification 1,
-- webhook 2, subscriber mail 3; the claim reads only jobs that have one.
UPDATE "Job" j SET "priority" = CASE
    WHEN d."pageId" IS NOT NULL THEN 0
    WHEN d."subscriberId" IS NOT NULL THEN 3
    WHEN d.channel = 'WEBHOOK' THEN 2
    ELSE 1 END
  FROM "Delivery" d
  WHERE j.kind = 'deliver' AND j.status IN ('PENDING', 'RUNNING') AND d.id = j.payload->>'deliveryId';
UPDATE "Job" SET "priority" = 1 WHERE kind = 'deliver' AND status IN ('PENDING', 'RUNNING') AND "priority" IS NULL;

-- CreateIndex
CREATE INDEX "Job_pending_priority_runAt_idx" ON "Job"("priority", "runAt") WHERE (status = 'PENDING' AND priority IS NOT NULL);
