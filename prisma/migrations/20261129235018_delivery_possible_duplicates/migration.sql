-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "possibleDuplicates" INTEGER NOT NULL DEFAULT 0;
