import "server-only";
import type { Endpoint } from "../endpoint";
import * as backups from "./backups";
import * as incidents from "./incidents";
import * as postmortems from "./postmortems";
import * as slo from "./slo";

// Every endpoint of /api/v1 defined with `endpoint()`: the OpenAPI document, the contract test and
// the fuzz test read this list. Add a resource's module here.
export const ENDPOINTS: readonly Endpoint[] = [
  ...Object.values(incidents),
  ...Object.values(postmortems),
  ...Object.values(slo),
  ...Object.values(backups),
];
