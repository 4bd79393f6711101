import "server-only";
import type { Endpoint } from "../endpoint";
import * as incidents from "./incidents";
import * as integrations from "./integrations";

// Every endpoint of /api/v1 defined with `endpoint()`: the OpenAPI document, the contract test and
// the fuzz test read this list. Add a resource's module here.
export const ENDPOINTS: readonly Endpoint[] = [...Object.values(incidents), ...Object.values(integrations)];
