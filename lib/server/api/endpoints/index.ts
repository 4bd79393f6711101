import "server-only";
import type { Endpoint } from "../endpoint";
import * as config from "./config";
import * as drTests from "./dr-tests";
import * as incidents from "./incidents";
import * as risks from "./risks";

// Every endpoint of /api/v1 defined with `endpoint()`: the OpenAPI document, the contract test and
// the fuzz test read this list. Add a resource's module here.
export const ENDPOINTS: readonly Endpoint[] = [
  ...Object.values(incidents),
  ...Object.values(drTests),
  ...Object.values(risks),
  ...Object.values(config),
];
