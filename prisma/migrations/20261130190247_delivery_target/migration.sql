-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "target" TEXT;

-- Existing deliveries get the target their send would have used.
UPDATE "Delivery" d SET target = CASE
    WHEN d.channel = 'EMAIL' THEN 'smtp'
    WHEN d.channel = 'WEBHOOK' THEN lower(substring(d.recipient FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+'))
    WHEN d.channel = 'PUSH' THEN (SELECT lower(substring(s.endpoint FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+'))
      FROM "PushSubscription" s WHERE s.id = d."pushSubscriptionId")
  END;
