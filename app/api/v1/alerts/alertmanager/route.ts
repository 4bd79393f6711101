// POST /api/v1/alerts/alertmanager — an Alertmanager webhook from a configured integration source
import { receiveAlertmanagerWebhook } from "@/lib/server/api/endpoints/integrations";
import { route } from "@/lib/server/api/handle";

export const POST = route(receiveAlertmanagerWebhook);
