import "server-only";
import type { Ctx } from "../context";
import { db } from "../db";
import { getMatrix } from "../matrix/get-matrix";
import { memberJson, ruleJson } from "./config-json";

/** The notification matrix as the API shows it: each group with its members (as getMatrix lets the caller see them) and rules. */
export async function readMatrix(ctx: Ctx) {
  const { rules, groups } = await getMatrix(ctx);
  return {
    groups: groups.map((g) => ({
      id: g.id,
      key: g.key,
      name: g.name,
      description: g.description,
      external: g.external,
      members: g.members ? g.members.map(memberJson) : null,
      rules: rules
        .filter((r) => r.groupId === g.id)
        .map((r) => {
          const { group: _group, ...rule } = ruleJson(r);
          return rule;
        }),
    })),
  };
}

/** One rule as the API answers a write with it, read back after the service that wrote it authorized the caller. */
export async function readRule(id: string) {
  return ruleJson(
    await db.notificationRule.findUniqueOrThrow({
      where: { id },
      include: { group: true, template: { select: { key: true, name: true } } },
    }),
  );
}
