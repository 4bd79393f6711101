import "server-only";
import webpush from "web-push";
import type { Db } from "@/lib/db/create-client";
import { db as defaultDb } from "../db";
import { env } from "../env";

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

let cached: Promise<VapidKeys> | null = null;

/**
 * The VAPID key pair (RFC 8292): from the environment when set, else the pair kept in the
 * database, made on first use. Two processes racing to make it both keep the first row written,
 * so every subscription is bound to one public key.
 */
export function vapidKeys(db: Db = defaultDb): Promise<VapidKeys> {
  cached ??= load(db).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function load(db: Db): Promise<VapidKeys> {
  const subject = env.VAPID_SUBJECT;
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY)
    return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
  const fresh = webpush.generateVAPIDKeys();
  await db.pushSettings.createMany({
    data: [{ id: 1, vapidPublicKey: fresh.publicKey, vapidPrivateKey: fresh.privateKey }],
    skipDuplicates: true,
  });
  const row = await db.pushSettings.findUniqueOrThrow({ where: { id: 1 }, omit: { vapidPrivateKey: false } });
  return { publicKey: row.vapidPublicKey, privateKey: row.vapidPrivateKey, subject };
}

/** The key a browser subscribes with (`applicationServerKey`); the private half never leaves the server. */
export async function vapidPublicKey(): Promise<string> {
  return (await vapidKeys()).publicKey;
}
