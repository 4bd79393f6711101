import "server-only";
import { IDEMPOTENCY_KEY_MAX, VERIFICATION_FUTURE_TOLERANCE_MS } from "@/lib/domain/backup-verification-input";
import { date, errors, json, ok, problem, ref, type JsonSchema, type OpenApiDocument } from "./parts";

// Disaster recovery: backup verifications and the DR test calendar.

export const drSchemas: Record<string, JsonSchema> = {
  BackupVerification: {
    type: "object",
    required: ["policy", "verifiedAt", "ok"],
    properties: {
      policy: { type: "string", description: "The backup policy's key.", examples: ["configuration"] },
      verifiedAt: {
        ...date,
        description: `RFC 3339; at most ${VERIFICATION_FUTURE_TOLERANCE_MS / 60_000} minutes ahead of Bridge's clock.`,
      },
      ok: { type: "boolean", description: "False for a failed verification, which does not count as a good copy." },
      note: { type: "string" },
      idempotencyKey: {
        type: "string",
        maxLength: IDEMPOTENCY_KEY_MAX,
        description: "Same as the Idempotency-Key header, which wins when both are sent.",
      },
    },
  },
  BackupVerificationResult: {
    type: "object",
    required: ["id", "policy", "verifiedAt", "ok", "note", "source", "idempotencyKey"],
    properties: {
      id: { type: "string" },
      policy: { type: "string" },
      verifiedAt: date,
      ok: { type: "boolean" },
      note: { type: "string" },
      source: { type: "string", examples: ["api:backup-jobs"] },
      idempotencyKey: { type: ["string", "null"] },
    },
  },
};

export function drPaths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/backups": {
      post: {
        operationId: "reportBackupVerification",
        summary: "Report a backup verification",
        tags: ["Disaster recovery"],
        description:
          "Records that a backup policy's copy was checked. A good one moves the policy's last verified time " +
          "(never backwards) and the data asset's RPO state is judged again at once. With an idempotency key, " +
          "a resend answers 200 with the first answer and stores nothing; the key with a different verification is 409. Scope `backups:write`.",
        parameters: [
          {
            name: "Idempotency-Key",
            in: "header",
            schema: { type: "string", maxLength: IDEMPOTENCY_KEY_MAX },
            description: "Makes a retry safe: the same key is the same verification.",
          },
        ],
        requestBody: { required: true, content: json(ref("BackupVerification")) },
        responses: {
          201: ok("The verification, recorded now", ref("BackupVerificationResult")),
          200: ok("The verification recorded earlier under this idempotency key", ref("BackupVerificationResult")),
          ...errors,
          409: problem("Conflict"),
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
    "/api/v1/dr/calendar/{token}": {
      get: {
        operationId: "drTestCalendar",
        summary: "Upcoming DR tests as an iCalendar feed",
        tags: ["Disaster recovery"],
        description:
          "RFC 5545 feed of each scheduled DR test's next due day, for a calendar to subscribe to. The " +
          "address is personal and is shown on /dr/tests; its signed token (with or without `.ics`) is the " +
          "credential, as calendars send no session or token header.",
        security: [],
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "The feed", content: { "text/calendar": { schema: { type: "string" } } } },
          404: { description: "No feed has this address" },
        },
      },
    },
  };
}
