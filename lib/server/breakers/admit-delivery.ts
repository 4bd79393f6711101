import "server-only";
import type { Db } from "@/lib/db/create-client";
import { admit, type Admission } from "@/lib/domain/breaker";
import { loadBreaker, saveBreaker } from "./load";

/**
 * Asks the target's breaker whether a delivery may go now. A closed breaker is read without a lock
 * (the common case costs one small SELECT); an open one is decided under the row lock, so of all
 * workers exactly one takes the probe. `clean`: closed with no failure counted, so a success has
 * nothing to reset and needs no second round trip.
 */
export async function admitDelivery(db: Db, target: string, now: Date): Promise<Admission & { clean?: boolean }> {
  const seen = await loadBreaker(db, target);
  if (seen.state === "CLOSED") return { kind: "send", clean: seen.failures === 0 };
  return db.$transaction(async (tx) => {
    const admission = admit(await loadBreaker(tx, target, true), now);
    if (admission.kind === "probe") await saveBreaker(tx, target, admission.next, now);
    return admission;
  });
}
