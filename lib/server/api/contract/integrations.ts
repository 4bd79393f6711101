// Valid calls of the inbound alert endpoints: each prepares its own source through the service.
import { userCtx } from "../../context";
import { createSource } from "../../integrations/create";
import type { ContractCall, ContractTools } from "./types";

async function sourceKey(tools: ContractTools, kind: "alertmanager" | "events-v2"): Promise<string> {
  const { key } = await createSource(userCtx(tools.admin), {
    kind,
    name: `contract ${kind} ${tools.unique()}`,
    severityMap: [{ value: "critical", severity: "SEV1" }],
    componentSlugs: ["critical-service"],
  });
  return key;
}

export const calls: ContractCall[] = [
  {
    operationId: "receiveAlertmanagerWebhook",
    prepare: async (tools) => {
      const name = `ContractAlert${tools.unique()}`;
      return {
        path: "/api/v1/alerts/alertmanager",
        headers: { authorization: `Bearer ${await sourceKey(tools, "alertmanager")}` },
        body: {
          version: "4",
          groupKey: `{}:{alertname="${name}"}`,
          status: "firing",
          receiver: "bridge",
          groupLabels: { alertname: name },
          commonLabels: { alertname: name },
          commonAnnotations: {},
          externalURL: "http://alertmanager.example",
          alerts: [
            {
              status: "firing",
              labels: { alertname: name, severity: "critical" },
              annotations: { summary: `${name} firing` },
              startsAt: "2026-11-30T10:00:00Z",
              endsAt: "0001-01-01T00:00:00Z",
              generatorURL: "http://prometheus.example/graph",
              fingerprint: tools.unique(),
            },
          ],
        },
      };
    },
  },
  {
    operationId: "receiveEventV2",
    status: 202,
    prepare: async (tools) => ({
      path: "/api/v1/events",
      body: {
        routing_key: await sourceKey(tools, "events-v2"),
        event_action: "trigger",
        dedup_key: `contract-${tools.unique()}`,
        payload: { summary: "Contract event", source: "contract-host", severity: "warning" },
      },
    }),
  },
];
