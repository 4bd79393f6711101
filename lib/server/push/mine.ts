import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { ownUserId } from "./own-user";
import { vapidPublicKey } from "./vapid";

export type MyDevice = {
  id: string;
  endpoint: string;
  label: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
};

/** The person's subscribed devices, newest first, and the public key a browser subscribes with. */
export async function myPushDevices(ctx: Ctx): Promise<{ devices: MyDevice[]; publicKey: string }> {
  authorize(ctx, "incident:read");
  const userId = ownUserId(ctx);
  const [devices, publicKey] = await Promise.all([
    db.pushSubscription.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      select: { id: true, endpoint: true, label: true, createdAt: true, lastSuccessAt: true, lastFailureAt: true },
    }),
    vapidPublicKey(),
  ]);
  return { devices, publicKey };
}
