import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";

/** Refuses default components Bridge does not know, naming them: a declaration would fail on them later. */
export async function checkComponents(tx: Tx, slugs: readonly string[]): Promise<void> {
  const found = await tx.component.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true } });
  const unknown = slugs.filter((slug) => !found.some((c) => c.slug === slug));
  if (unknown.length)
    throw new DomainError("VALIDATION", `Unknown component: ${unknown.join(", ")}`, {
      componentSlugs: [`Unknown component: ${unknown.join(", ")}`],
    });
}
