-- CreateEnum
CREATE TYPE "SloWindow" AS ENUM ('ROLLING', 'CALENDAR_MONTH');

-- CreateEnum
CREATE TYPE "SloAlertMode" AS ENUM ('OFF', 'DRY_RUN', 'ON');

-- CreateEnum
CREATE TYPE "SloAlertState" AS ENUM ('FIRING', 'RESOLVED');

-- Samples belonged to a service (requests, errors, p95); they now belong to one SLO (good of
-- total). The old rows are kept aside, emptied from the table, and carried over below as exact
-- good/total samples of the service's availability and error-rate SLOs (their latency share
-- cannot be derived from a p95 alone; their p95 is kept on those samples).
CREATE TABLE "_SliSampleBefore" AS SELECT * FROM "SliSample";
DELETE FROM "SliSample";

-- DropForeignKey
ALTER TABLE "SliSample" DROP CONSTRAINT "SliSample_serviceId_fkey";

-- DropIndex
DROP INDEX "SliSample_serviceId_recordedAt_idx";

-- AlterTable
ALTER TABLE "DataAsset" ADD COLUMN     "replicationLagSeconds" DOUBLE PRECISION,
ADD COLUMN     "replicationReportedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "HealthCheck" ADD COLUMN     "availabilitySloId" TEXT,
ADD COLUMN     "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastLatencyMs" INTEGER,
ADD COLUMN     "lastStatus" INTEGER,
ADD COLUMN     "latencySloId" TEXT;

-- AlterTable
ALTER TABLE "SliSample" DROP CONSTRAINT "SliSample_pkey",
DROP COLUMN "errors",
DROP COLUMN "id",
DROP COLUMN "recordedAt",
DROP COLUMN "requests",
DROP COLUMN "serviceId",
ADD COLUMN     "at" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "good" INTEGER NOT NULL,
ADD COLUMN     "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sloId" TEXT NOT NULL,
ADD COLUMN     "total" INTEGER NOT NULL,
ALTER COLUMN "source" DROP DEFAULT,
ADD CONSTRAINT "SliSample_pkey" PRIMARY KEY ("sloId", "at");

-- AlterTable
ALTER TABLE "Slo" ADD COLUMN     "alertMode" "SloAlertMode" NOT NULL DEFAULT 'DRY_RUN',
ADD COLUMN     "expectedIntervalSeconds" INTEGER NOT NULL DEFAULT 300,
ADD COLUMN     "lastSampleAt" TIMESTAMP(3),
ADD COLUMN     "minRequests" INTEGER NOT NULL DEFAULT 100,
ADD COLUMN     "pageSeverity" "Severity" NOT NULL DEFAULT 'SEV2',
ADD COLUMN     "slug" TEXT,
ADD COLUMN     "ticketSeverity" "Severity" NOT NULL DEFAULT 'SEV3',
ADD COLUMN     "window" "SloWindow" NOT NULL DEFAULT 'ROLLING';

-- Slugs from the kind ("latency-p95"); a second service's SLO of the same kind gets its service's slug appended.
UPDATE "Slo" s SET "slug" = n.slug FROM (
  SELECT o.id, lower(replace(o.kind::text, '_', '-'))
    || CASE WHEN row_number() OVER (PARTITION BY o.kind ORDER BY sv.slug, o.id) > 1 THEN '-' || sv.slug ELSE '' END AS slug
  FROM "Slo" o JOIN "Service" sv ON sv.id = o."serviceId") n
WHERE s.id = n.id;
ALTER TABLE "Slo" ALTER COLUMN "slug" SET NOT NULL;

-- CreateTable
CREATE TABLE "SliMinute" (
    "sloId" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "good" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "samples" INTEGER NOT NULL,
    "p95Max" DOUBLE PRECISION,
    "p95Sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "p95Weight" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SliMinute_pkey" PRIMARY KEY ("sloId","minute")
);

-- CreateTable
CREATE TABLE "SliHour" (
    "sloId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "good" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "samples" INTEGER NOT NULL,
    "p95Max" DOUBLE PRECISION,
    "p95Sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "p95Weight" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SliHour_pkey" PRIMARY KEY ("sloId","hour")
);

-- CreateTable
CREATE TABLE "SloAlert" (
    "id" TEXT NOT NULL,
    "sloId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "state" "SloAlertState" NOT NULL DEFAULT 'FIRING',
    "reason" TEXT NOT NULL,
    "burnLong" DOUBLE PRECISION,
    "burnShort" DOUBLE PRECISION,
    "firedAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "incidentId" TEXT,

    CONSTRAINT "SloAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthCheckResult" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "status" INTEGER,
    "latencyMs" INTEGER,
    "error" TEXT,

    CONSTRAINT "HealthCheckResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SloAlert_sloId_state_idx" ON "SloAlert"("sloId", "state");

-- CreateIndex
CREATE INDEX "SloAlert_incidentId_idx" ON "SloAlert"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "SloAlert_one_firing_key" ON "SloAlert"("sloId", "rule", "dryRun") WHERE (state = 'FIRING');

-- CreateIndex
CREATE INDEX "HealthCheckResult_checkId_at_idx" ON "HealthCheckResult"("checkId", "at");

-- CreateIndex
CREATE INDEX "SliSample_at_idx" ON "SliSample"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Slo_slug_key" ON "Slo"("slug");

-- AddForeignKey
ALTER TABLE "SliSample" ADD CONSTRAINT "SliSample_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SliMinute" ADD CONSTRAINT "SliMinute_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SliHour" ADD CONSTRAINT "SliHour_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SloAlert" ADD CONSTRAINT "SloAlert_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SloAlert" ADD CONSTRAINT "SloAlert_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCheck" ADD CONSTRAINT "HealthCheck_availabilitySloId_fkey" FOREIGN KEY ("availabilitySloId") REFERENCES "Slo"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCheck" ADD CONSTRAINT "HealthCheck_latencySloId_fkey" FOREIGN KEY ("latencySloId") REFERENCES "Slo"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCheckResult" ADD CONSTRAINT "HealthCheckResult_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "HealthCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The kept samples, as described above, with their rollups and each SLO's newest sample time.
INSERT INTO "SliSample" ("sloId", "at", "good", "total", "latencyP95Ms", "source")
SELECT s.id, b."recordedAt", GREATEST(b.requests - b.errors, 0), b.requests, b."latencyP95Ms", b.source
FROM "_SliSampleBefore" b JOIN "Slo" s ON s."serviceId" = b."serviceId" AND s.kind IN ('AVAILABILITY', 'ERROR_RATE')
WHERE b.requests >= 0
ON CONFLICT DO NOTHING;
DROP TABLE "_SliSampleBefore";

INSERT INTO "SliMinute" ("sloId", "minute", "good", "total", "samples", "p95Max", "p95Sum", "p95Weight")
SELECT "sloId", date_trunc('minute', "at"), sum("good"), sum("total"), count(*), max("latencyP95Ms"),
  COALESCE(sum("latencyP95Ms" * "total") FILTER (WHERE "latencyP95Ms" IS NOT NULL), 0),
  COALESCE(sum("total") FILTER (WHERE "latencyP95Ms" IS NOT NULL), 0)
FROM "SliSample" GROUP BY 1, 2;
INSERT INTO "SliHour" ("sloId", "hour", "good", "total", "samples", "p95Max", "p95Sum", "p95Weight")
SELECT "sloId", date_trunc('hour', "minute"), sum("good"), sum("total"), sum("samples"), max("p95Max"), sum("p95Sum"), sum("p95Weight")
FROM "SliMinute" GROUP BY 1, 2;
UPDATE "Slo" s SET "lastSampleAt" = m.at FROM (SELECT "sloId", max("at") AS at FROM "SliSample" GROUP BY 1) m WHERE m."sloId" = s.id;
