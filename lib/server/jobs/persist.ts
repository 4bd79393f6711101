import "server-only";
import type { Logger } from "../log";
import { messageOf } from "./message-of";

const FIRST_PAUSE_MS = 100;
const MAX_PAUSE_MS = 1000;

/**
 * Runs `write` until it succeeds, pausing up to a second between tries. For outcomes that must
 * not be lost while the database is briefly away (a message already handed to SMTP): the caller
 * holds its lease meanwhile, so no other worker redoes the work. One log line when the trouble
 * starts and one when it is over. `signal` (optional) gives up after an abort, with the last error.
 */
export async function persist<T>(what: string, write: () => Promise<T>, log: Logger, signal?: AbortSignal): Promise<T> {
  let pause = FIRST_PAUSE_MS;
  let since: number | null = null;
  for (;;) {
    try {
      const result = await write();
      if (since !== null) log.info({ what, waitedMs: Date.now() - since }, "recorded after the database came back");
      return result;
    } catch (error) {
      if (signal?.aborted) throw error;
      if (since === null) {
        since = Date.now();
        log.warn({ what, err: messageOf(error) }, "cannot record yet; retrying until the database answers");
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}
