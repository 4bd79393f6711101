import "server-only";
import type { OpenApiDocument } from "./parts";

// Disaster recovery: the DR test calendar, which answers text/calendar rather than JSON.

export function drPaths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/dr/calendar/{token}": {
      get: {
        operationId: "drTestCalendar",
        summary: "Upcoming DR tests as an iCalendar feed",
        tags: ["Disaster recovery"],
        description:
          "RFC 5545 feed of each scheduled DR test's next due day, for a calendar to subscribe to. The " +
          "address is personal and is shown on /dr/tests; its signed token (with or without `.ics`) is the " +
          "credential, as calendars send no session or token header.",
        security: [],
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "The feed", content: { "text/calendar": { schema: { type: "string" } } } },
          404: { description: "No feed has this address" },
        },
      },
    },
  };
}
