import "server-only";
import type { Tx } from "@/lib/db/create-client";

/**
 * Brings a postmortem's assembled parts up to date with its incident: a timeline entry for every
 * incident event not yet in it (entries the author edited, marked or hid are kept as they are)
 * and the key times derived from the events (a corrected one keeps its correction).
 * Called when a postmortem is started and whenever its page is opened while it is editable.
 */
export async function assemblePostmortem(_tx: Tx, _postmortemId: string, _now: Date): Promise<void> {
  // SEAM: timeline and key-time assembly are not written yet; a postmortem starts with none.
}
