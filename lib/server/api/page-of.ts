import "server-only";
import { DomainError } from "@/lib/domain/errors";

/** The `cursor` and `take` of a list's query, after the endpoint's schema accepted them. */
export type PageQuery = { cursor?: string; take?: number };

const DEFAULT_TAKE = 25;

/**
 * One page of a short list the service reads whole (DR tests, risks, scenarios, policies): the
 * cursor is the last item's id, so a page follows on from it even when items are added meanwhile.
 */
export function pageOf<T>(items: T[], idOf: (item: T) => string, query: PageQuery) {
  const take = query.take ?? DEFAULT_TAKE;
  let start = 0;
  if (query.cursor !== undefined) {
    const at = items.findIndex((item) => idOf(item) === query.cursor);
    if (at < 0) throw new DomainError("VALIDATION", "Not a valid page cursor", { cursor: ["Not a valid page cursor"] });
    start = at + 1;
  }
  const slice = items.slice(start, start + take);
  const more = start + take < items.length;
  return { items: slice, nextCursor: more && slice.length ? idOf(slice[slice.length - 1]) : null };
}
