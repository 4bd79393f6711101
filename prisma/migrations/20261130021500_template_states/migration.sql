-- Installs seeded before templates had a state gave the plan's resolution notification the
-- column's default; it is written for resolved incidents. Data only: the schema is unchanged.
UPDATE "CommunicationTemplate" SET "state" = 'RESOLVED' WHERE "key" = 'resolution_notification' AND "state" = 'INVESTIGATING';
