import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { postedSummary, postUpdateSchema, promisedAt, type PostUpdate } from "@/lib/domain/status-update";
import { actingUserId, type Ctx } from "../context";
import { emit } from "../events";
import { applyStatusChange } from "../incidents/apply-status";
import { lockIncident } from "../incidents/lock";
import { recordEvent } from "../incidents/record-event";
import { mutate } from "../mutate";
import { scheduleStatusSnapshot } from "../status-page/schedule-snapshot";
import { scheduleSubscriberNotice } from "../subscriptions/schedule-notice";
import { promiseNextUpdate } from "./promise-next-update";
import { sendToGroups } from "./send-to-groups";
import { setComponentStates } from "./set-component-states";

export type PostedUpdate = {
  id: string;
  incidentId: string;
  /** True when this key was sent before: nothing was sent again. */
  repeated: boolean;
  deliveries: number;
  publishedAt: Date | null;
  nextUpdateAt: Date | null;
};

/** The chosen groups, in the order chosen; an id that is not a group names the field. */
async function chosenGroups(tx: Tx, ids: string[], drill: boolean) {
  const unique = [...new Set(ids)];
  const rows = await tx.stakeholderGroup.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, external: true },
  });
  if (rows.length !== unique.length)
    throw new DomainError("VALIDATION", "A chosen group does not exist", { groupIds: ["Choose groups from the list"] });
  if (drill && rows.some((r) => r.external))
    throw new DomainError("VALIDATION", "A drill never reaches people outside the organisation", {
      groupIds: ["A drill's updates go to internal groups only"],
    });
  return unique.map((id) => rows.find((r) => r.id === id)!).map(({ id, name }) => ({ id, name }));
}

/** The template it was rendered from, if it still exists; a message records its version. */
async function templateRef(tx: Tx, data: PostUpdate) {
  if (!data.templateId) return { templateId: null, templateVersion: null };
  const template = await tx.communicationTemplate.findUnique({ where: { id: data.templateId } });
  if (!template) throw new DomainError("VALIDATION", "No such template", { templateId: ["Choose a template"] });
  return { templateId: template.id, templateVersion: data.templateVersion ?? template.currentVersion };
}

/**
 * "Post an update": moves the incident to the chosen state, records the update (published at
 * once when public, else a draft), sends each chosen group its copy, promises the next update
 * with a durable reminder, and asks for the status page and subscribers to be told. The form's
 * key is the update's id, so pressing Send twice sends once.
 */
export async function postUpdate(ctx: Ctx, input: unknown): Promise<PostedUpdate> {
  return mutate<typeof postUpdateSchema, PostedUpdate>(
    ctx,
    "incident:command",
    postUpdateSchema,
    input,
    async (tx, data) => {
      // The incident's lock also orders two presses of Send: the second sees the first's row.
      const before = await lockIncident(tx, data.incidentId);
      const earlier = await tx.statusUpdate.findUnique({ where: { id: data.key } });
      if (earlier) {
        if (earlier.incidentId !== before.id)
          throw new DomainError("CONFLICT", "This form was used for another incident; reload the page.");
        return {
          result: {
            id: earlier.id,
            incidentId: earlier.incidentId,
            repeated: true,
            deliveries: 0,
            publishedAt: earlier.publishedAt,
            nextUpdateAt: earlier.nextUpdateAt,
          },
          audit: { action: "status-update.repeat", entityType: "StatusUpdate", entityId: earlier.id },
        };
      }
      const groups = await chosenGroups(tx, data.groupIds, before.drill);
      // A drill's updates are never public: not on the status page, not to subscribers.
      if (before.drill) Object.assign(data, { public: false, notifySubscribers: false });
      const template = await templateRef(tx, data);
      if (data.status !== before.status)
        await applyStatusChange(tx, ctx, before, { status: data.status, note: "with a posted update" });
      const publishedAt = data.public ? ctx.now : null;
      const nextUpdateAt = data.status === "RESOLVED" ? null : promisedAt(data.nextUpdate, data.customMinutes, ctx.now);
      const update = await tx.statusUpdate.create({
        data: {
          id: data.key,
          incidentId: before.id,
          status: data.status,
          message: data.message,
          subject: data.subject,
          shortText: data.shortText,
          nextUpdateAt,
          ...template,
          public: data.public,
          notifySubscribers: data.notifySubscribers,
          groupIds: groups.map((g) => g.id),
          authorId: actingUserId(ctx),
          createdAt: ctx.now,
          publishedAt,
        },
      });
      const sent = await sendToGroups(tx, update, groups, data, ctx.now);
      await setComponentStates(tx, before.id, data.componentStates);
      if (data.public) {
        await tx.incident.update({
          where: { id: before.id },
          data: { publishedAt: before.publishedAt ?? ctx.now, publicTitle: data.publicTitle ?? before.publicTitle },
        });
        await scheduleStatusSnapshot(tx, ctx.now);
        if (data.notifySubscribers) await scheduleSubscriberNotice(tx, { statusUpdateId: update.id }, ctx.now);
        await emit(tx, { type: "status-page.changed", id: before.id });
      }
      await promiseNextUpdate(tx, before.id, nextUpdateAt);
      const deliveries = sent.reduce((n, g) => n + g.messages, 0);
      const summary = postedSummary({
        status: data.status,
        published: data.public,
        subscribers: data.notifySubscribers,
        groups: sent,
        nextUpdateAt,
      });
      await recordEvent(tx, ctx, before.id, "STATUS_UPDATE_POSTED", summary, {
        statusUpdateId: update.id,
        public: data.public,
        subscribers: data.notifySubscribers,
        groups: sent,
        nextUpdateAt: nextUpdateAt?.toISOString() ?? null,
      });
      return {
        result: { id: update.id, incidentId: before.id, repeated: false, deliveries, publishedAt, nextUpdateAt },
        audit: {
          action: data.public ? "status-update.publish" : "status-update.draft",
          entityType: "StatusUpdate",
          entityId: update.id,
          after: { ...update, deliveries, groups: sent.map((g) => g.id) },
        },
        event: { type: "incident.changed", id: before.id },
      };
    },
  );
}
