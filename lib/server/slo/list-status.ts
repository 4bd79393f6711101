import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { attainment, errorBudget } from "@/lib/domain/slo/budget";
import { evaluateBurnRules, missingData } from "@/lib/domain/slo/rules";
import { ALERT_RULE_LABELS, ALERT_RULES, type AlertRuleKey } from "@/lib/domain/slo/vocabulary";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { readWindowCounts } from "./window-counts";

const isAlertRule = (rule: string): rule is AlertRuleKey => (ALERT_RULES as readonly string[]).includes(rule);

/**
 * Every SLO (or the one named by `slug`) as it stands at ctx.now: attainment and error budget over
 * its compliance window, each burn rule's verdict, missing data, and the alerts firing now (dry
 * runs included, marked). One read of the rollups for all SLOs.
 */
export async function listSloStatus(ctx: Ctx, filter: { slug?: string } = {}, client: Db | Tx = db) {
  authorize(ctx, "plan:read");
  const slos = await client.slo.findMany({
    where: filter.slug ? { slug: filter.slug } : {},
    orderBy: [{ service: { name: "asc" } }, { kind: "asc" }],
    include: {
      service: { select: { id: true, name: true, slug: true } },
      alerts: {
        where: { state: "FIRING" },
        orderBy: { firedAt: "asc" },
        select: {
          id: true,
          rule: true,
          dryRun: true,
          reason: true,
          firedAt: true,
          incident: { select: { number: true, title: true } },
        },
      },
    },
  });
  const counts = await readWindowCounts(client, slos, ctx.now);
  return slos.map((slo) => {
    const c = counts.get(slo.id)!;
    return {
      id: slo.id,
      slug: slo.slug,
      name: slo.name,
      kind: slo.kind,
      description: slo.description,
      targetPercent: slo.targetPercent,
      thresholdMs: slo.thresholdMs,
      windowDays: slo.windowDays,
      window: slo.window,
      alertMode: slo.alertMode,
      minRequests: slo.minRequests,
      lastSampleAt: slo.lastSampleAt,
      service: slo.service,
      span: c.span,
      compliance: c.compliance,
      attainment: attainment(c.compliance),
      budget: errorBudget(slo.targetPercent, c.span.ms, c.compliance),
      verdicts: evaluateBurnRules(slo, c.windows),
      missing: missingData(slo.lastSampleAt, slo.expectedIntervalSeconds, ctx.now),
      alerts: slo.alerts.map((a) => ({ ...a, label: isAlertRule(a.rule) ? ALERT_RULE_LABELS[a.rule] : a.rule })),
    };
  });
}

export type SloStatus = Awaited<ReturnType<typeof listSloStatus>>[number];
