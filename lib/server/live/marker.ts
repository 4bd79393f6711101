import "server-only";
import type pg from "pg";
import { CHANGE_SEQ_SETTING } from "../events";

/** The committed change counter as this session sees it (null before the first event). */
export async function readChangeMarker(client: pg.Client): Promise<string | null> {
  const result = await client.query<{ seq: string | null }>("SELECT current_setting($1, true) AS seq", [
    CHANGE_SEQ_SETTING,
  ]);
  return result.rows[0]?.seq || null;
}
