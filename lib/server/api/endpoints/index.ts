import "server-only";
import type { Endpoint } from "../endpoint";
import * as backups from "./backups";
import * as components from "./components";
import * as config from "./config";
import * as drTests from "./dr-tests";
import * as incidentCommands from "./incident-commands";
import * as incidents from "./incidents";
import * as integrations from "./integrations";
import * as postmortems from "./postmortems";
import * as risks from "./risks";
import * as slo from "./slo";
import * as status from "./status";
import * as users from "./users";

// Every endpoint of /api/v1 defined with `endpoint()`: the OpenAPI document, the contract test and
// the fuzz test read this list. Add a resource's module here.
export const ENDPOINTS: readonly Endpoint[] = [
  ...Object.values(incidents),
  ...Object.values(incidentCommands),
  ...Object.values(status),
  ...Object.values(components),
  ...Object.values(users),
  ...Object.values(postmortems),
  ...Object.values(slo),
  ...Object.values(backups),
  ...Object.values(drTests),
  ...Object.values(risks),
  ...Object.values(config),
  ...Object.values(integrations),
];
