import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { groupSchema } from "@/lib/domain/status-page-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { publicPageChanged, STATUS_PAGE_CHANGED } from "./changed";

/** Creates a component group, or renames / reorders one when `id` is given. */
export async function saveGroup(ctx: Ctx, input: unknown) {
  return mutate(ctx, "statuspage:manage", groupSchema, input, async (tx, data) => {
    const before = data.id ? await tx.componentGroup.findUnique({ where: { id: data.id } }) : null;
    if (data.id && !before) throw new DomainError("NOT_FOUND", "No such group.");
    const clash = await tx.componentGroup.findFirst({
      where: { name: { equals: data.name, mode: "insensitive" }, NOT: data.id ? { id: data.id } : undefined },
    });
    if (clash) throw new DomainError("CONFLICT", "A group has this name.", { name: ["A group has this name"] });
    const fields = { name: data.name, position: data.position };
    const group = before
      ? await tx.componentGroup.update({ where: { id: before.id }, data: fields })
      : await tx.componentGroup.create({ data: { ...fields, slug: await freeSlug(tx, data.name) } });
    await publicPageChanged(tx, ctx);
    return {
      result: group,
      audit: {
        action: before ? "statuspage.group.update" : "statuspage.group.create",
        entityType: "ComponentGroup",
        entityId: group.id,
        before,
        after: group,
      },
      event: STATUS_PAGE_CHANGED,
    };
  });
}

async function freeSlug(tx: Parameters<Parameters<typeof mutate>[4]>[0], name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "group";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.componentGroup.findUnique({ where: { slug } }))) return slug;
  }
}
