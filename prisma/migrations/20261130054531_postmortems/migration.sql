-- CreateEnum
CREATE TYPE "PostmortemSectionKey" AS ENUM ('SUMMARY', 'ROOT_CAUSE', 'CONTRIBUTING_FACTORS', 'LESSONS_LEARNED', 'PROCESS_IMPROVEMENTS');

-- CreateEnum
CREATE TYPE "TimelineMark" AS ENUM ('DETECTION', 'DIAGNOSIS', 'REPAIR', 'KEY_MOMENT');

-- CreateEnum
CREATE TYPE "TimelineEntrySource" AS ENUM ('SYSTEM', 'PERSON');

-- CreateEnum
CREATE TYPE "KeyTimeKind" AS ENUM ('IMPACT_STARTED', 'DETECTED', 'ACKNOWLEDGED', 'MITIGATED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('REQUESTED', 'APPROVED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "ActionItemPriority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- AlterEnum
ALTER TYPE "ActionItemStatus" ADD VALUE 'WONT_DO';

-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "componentId" TEXT,
ADD COLUMN     "priority" "ActionItemPriority" NOT NULL DEFAULT 'MEDIUM',
ADD COLUMN     "successCriteria" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "wontDoReason" TEXT;
ALTER TABLE "ActionItem" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "publicSummary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "publicSummaryAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PostmortemSection" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "key" "PostmortemSectionKey" NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemSectionRevision" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemSectionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemTimelineEntry" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "eventId" TEXT,
    "eventKind" "IncidentEventKind",
    "source" "TimelineEntrySource" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "systemText" TEXT,
    "mark" "TimelineMark",
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemTimelineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemKeyTime" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "kind" "KeyTimeKind" NOT NULL,
    "at" TIMESTAMP(3),
    "derivedAt" TIMESTAMP(3),
    "reason" TEXT,
    "correctedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemKeyTime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemPlanNote" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "rowKey" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "authorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemPlanNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemReview" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "requestedById" TEXT,
    "state" "ReviewState" NOT NULL DEFAULT 'REQUESTED',
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemReviewComment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PostmortemReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemPublication" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "markdown" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT,

    CONSTRAINT "PostmortemPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemSection_postmortemId_key_key" ON "PostmortemSection"("postmortemId", "key");

-- CreateIndex
CREATE INDEX "PostmortemSectionRevision_sectionId_createdAt_idx" ON "PostmortemSectionRevision"("sectionId", "createdAt");

-- CreateIndex
CREATE INDEX "PostmortemTimelineEntry_postmortemId_occurredAt_idx" ON "PostmortemTimelineEntry"("postmortemId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemTimelineEntry_postmortemId_eventId_key" ON "PostmortemTimelineEntry"("postmortemId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemKeyTime_postmortemId_kind_key" ON "PostmortemKeyTime"("postmortemId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemPlanNote_postmortemId_rowKey_key" ON "PostmortemPlanNote"("postmortemId", "rowKey");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemReview_postmortemId_revision_reviewerId_key" ON "PostmortemReview"("postmortemId", "revision", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemPublication_postmortemId_revision_key" ON "PostmortemPublication"("postmortemId", "revision");

-- CreateIndex
CREATE INDEX "ActionItem_ownerId_status_idx" ON "ActionItem"("ownerId", "status");

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSection" ADD CONSTRAINT "PostmortemSection_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSection" ADD CONSTRAINT "PostmortemSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSectionRevision" ADD CONSTRAINT "PostmortemSectionRevision_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PostmortemSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSectionRevision" ADD CONSTRAINT "PostmortemSectionRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemTimelineEntry" ADD CONSTRAINT "PostmortemTimelineEntry_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemTimelineEntry" ADD CONSTRAINT "PostmortemTimelineEntry_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemKeyTime" ADD CONSTRAINT "PostmortemKeyTime_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemKeyTime" ADD CONSTRAINT "PostmortemKeyTime_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemPlanNote" ADD CONSTRAINT "PostmortemPlanNote_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemPlanNote" ADD CONSTRAINT "PostmortemPlanNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReview" ADD CONSTRAINT "PostmortemReview_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReview" ADD CONSTRAINT "PostmortemReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReview" ADD CONSTRAINT "PostmortemReview_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReviewComment" ADD CONSTRAINT "PostmortemReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PostmortemReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReviewComment" ADD CONSTRAINT "PostmortemReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemPublication" ADD CONSTRAINT "PostmortemPublication_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemPublication" ADD CONSTRAINT "PostmortemPublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing postmortems keep their text: each non-empty section column becomes a section row,
-- and the old free-text timeline one entry written by a person at the incident's start.
INSERT INTO "PostmortemSection" (id, "postmortemId", key, body, version, "updatedById", "updatedAt")
SELECT 'pms_' || md5(p.id || s.key), p.id, s.key::"PostmortemSectionKey", s.body, 1, p."authorId", p."updatedAt"
FROM "Postmortem" p CROSS JOIN LATERAL (VALUES
  ('SUMMARY', p."summary"), ('ROOT_CAUSE', p."rootCauseAnalysis"), ('CONTRIBUTING_FACTORS', p."contributingFactors"),
  ('LESSONS_LEARNED', p."lessonsLearned"), ('PROCESS_IMPROVEMENTS', p."processImprovements")) AS s(key, body)
WHERE s.body <> '';

INSERT INTO "PostmortemTimelineEntry" (id, "postmortemId", source, "occurredAt", text, "editedById", "updatedAt")
SELECT 'pmt_' || md5(p.id), p.id, 'PERSON', i."startedAt", p."timeline", p."authorId", p."updatedAt"
FROM "Postmortem" p JOIN "Incident" i ON i.id = p."incidentId"
WHERE p."timeline" <> '';

UPDATE "Postmortem" p SET "dueAt" = i."resolvedAt" + interval '7 days' FROM "Incident" i WHERE i.id = p."incidentId" AND i."resolvedAt" IS NOT NULL;

ALTER TABLE "Postmortem" DROP COLUMN "contributingFactors",
DROP COLUMN "lessonsLearned",
DROP COLUMN "processImprovements",
DROP COLUMN "rootCauseAnalysis",
DROP COLUMN "summary",
DROP COLUMN "timeline";
