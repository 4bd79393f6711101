// Every environment variable Bridge reads, validated in one place. A bad value stops start-up
// with a message naming the variable.
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "../domain/client-ip";
import { DEFAULT_TARGET_CONCURRENCY } from "../domain/jobs";
import { DEFAULT_POSTMORTEM_WORKING_DAYS } from "../domain/postmortem/due";
import { DB_TUNING_DEFAULTS as DB } from "./db-tuning";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(DB.poolMax),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(DB.connectTimeoutMs),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DB.statementTimeoutMs),
    DATABASE_TX_MAX_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(DB.txMaxWaitMs),
    DATABASE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DB.txTimeoutMs),
    NEXTAUTH_SECRET: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    NEXTAUTH_URL: optionalUrl,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_NAME: z.string().default("Single sign-on"),
    BRIDGE_DATA_DIR: z.string().default(".data"),
    // Where the static status-page snapshot is written on every publish; default <BRIDGE_DATA_DIR>/status-snapshot.
    BRIDGE_STATUS_SNAPSHOT_DIR: optionalText,
    BRIDGE_WORKER: z.enum(["0", "1"]).default("1"),
    BRIDGE_BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
    SMTP_HOST: optionalText,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.enum(["true", "false"]).default("false"),
    SMTP_USER: optionalText,
    SMTP_PASSWORD: optionalText,
    SMTP_FROM: z.string().default("Bridge <bridge@localhost>"),
    MAIL_CAPTURE_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
    // Web Push (RFC 8292): the VAPID key pair, base64url as web-push prints them. Without them a pair is
    // made on first use and kept in the database. The subject is a mailto: or https: contact for push services.
    VAPID_PUBLIC_KEY: optionalText,
    VAPID_PRIVATE_KEY: optionalText,
    VAPID_SUBJECT: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https:// URL")
        .default("mailto:bridge@localhost"),
    ),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    BRIDGE_DEMO_SEED: z.enum(["0", "1"]).default("1"),
    // The demo's own live traffic (lib/server/demo/feed.ts); `npm start` turns it on for the embedded database.
    BRIDGE_DEMO_FEED: z.enum(["0", "1"]).default("0"),
    // A running job's lease: renewed by its worker's heartbeat, taken over this long after the worker died.
    BRIDGE_JOB_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
    // Deliveries to one target (the SMTP server, a webhook origin) in flight at once: a slow one holds no more slots than this.
    BRIDGE_TARGET_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(DEFAULT_TARGET_CONCURRENCY),
    BRIDGE_JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    // Requests one API token may make per minute, shared by every server process; more are 429.
    BRIDGE_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
    // The API request log (per token, on /admin/tokens) and inbound alert event logs are kept this long.
    BRIDGE_API_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    // Working days after a resolution that its postmortem is due.
    BRIDGE_POSTMORTEM_DUE_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(DEFAULT_POSTMORTEM_WORKING_DAYS),
    // The organisation's time zone (IANA name): calendar-month SLO windows, monthly MTTA/MTTR, DR test due dates.
    BRIDGE_TIME_ZONE: z
      .string()
      .default("UTC")
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "Unknown time zone (use an IANA name such as Europe/Berlin)"),
    // Raw SLI samples and health-check results are kept this long; per-minute sums 35 days, per-hour sums 400.
    BRIDGE_SLI_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(8),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Proxies whose X-Forwarded-For entries are believed: a hop count or addresses/CIDR ranges.
    BRIDGE_TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((value, ctx): TrustedProxies => {
        const parsed = parseTrustedProxies(value);
        if (!("error" in parsed)) return parsed;
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      for (const key of ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY"] as const) {
        if (!env[key])
          ctx.addIssue({ code: "custom", path: [key], message: "is required when the other VAPID key is set" });
      }
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const key of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const) {
        if (!env[key])
          ctx.addIssue({ code: "custom", path: [key], message: "is required when any OIDC_* variable is set" });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the given variables; throws one error listing each bad variable by name. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
}
