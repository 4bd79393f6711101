// Helpers for the status-update tests: a matrix group of one of each member kind, and the
// form input of a post with sensible defaults.
import { randomUUID } from "node:crypto";
import type { PostUpdateInput } from "@/lib/domain/status-update";
import { db } from "../db";
import { marker, type TestUser } from "../incidents/test-fixtures";

/** A group holding `user` (app + e-mail), an outside address and a webhook. */
export async function mixedGroup(user: TestUser) {
  const key = marker("group");
  return db.stakeholderGroup.create({
    data: {
      key,
      name: `Group ${key}`,
      members: {
        create: [
          { kind: "USER", userId: user.id },
          { kind: "EMAIL", email: `${key}@example.com` },
          { kind: "WEBHOOK", webhookUrl: `http://127.0.0.1:9/${key}`, label: "chat" },
        ],
      },
    },
  });
}

export const updateKey = () => randomUUID().replace(/-/g, "");

export function postInput(incidentId: string, over: Partial<PostUpdateInput> = {}): PostUpdateInput {
  return {
    key: updateKey(),
    incidentId,
    status: "IDENTIFIED",
    message: "We found the cause and are fixing it.",
    subject: "Update: fixing it",
    body: "We found the cause.\n\nA fix is being rolled out.",
    shortText: "Cause found; fix rolling out",
    groupIds: [],
    public: true,
    notifySubscribers: false,
    nextUpdate: "30",
    ...over,
  };
}
