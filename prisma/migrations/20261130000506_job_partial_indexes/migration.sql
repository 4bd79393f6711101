-- CreateIndex
CREATE INDEX "Job_pending_runAt_idx" ON "Job"("runAt") WHERE (status = 'PENDING');

-- CreateIndex
CREATE INDEX "Job_running_lockedAt_idx" ON "Job"("lockedAt") WHERE (status = 'RUNNING');

-- CreateIndex
CREATE INDEX "Job_finished_completedAt_idx" ON "Job"("completedAt") WHERE ("completedAt" IS NOT NULL);
