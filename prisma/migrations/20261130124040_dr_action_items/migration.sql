-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "drTestRunId" TEXT,
ALTER COLUMN "postmortemId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "ActionItem_drTestRunId_idx" ON "ActionItem"("drTestRunId");

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_drTestRunId_fkey" FOREIGN KEY ("drTestRunId") REFERENCES "DrTestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An action item follows from exactly one source: a postmortem or a DR test run. Existing rows
-- all have a postmortem, so the constraint holds for them as it is added.
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_one_source_check"
  CHECK (("postmortemId" IS NULL) <> ("drTestRunId" IS NULL));
