-- AlterTable
ALTER TABLE "StakeholderMember" ADD COLUMN     "webhookTimeoutMs" INTEGER;
