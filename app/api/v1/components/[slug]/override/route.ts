// PUT /api/v1/components/{slug}/override — override what the status page shows for a component
import { overrideStatusComponent } from "@/lib/server/api/endpoints/components";
import { route } from "@/lib/server/api/handle";

export const PUT = route(overrideStatusComponent);
