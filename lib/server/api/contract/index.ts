import type { ContractCall } from "./types";
import { calls as backups } from "./backups";
import { calls as config } from "./config";
import { calls as dr } from "./dr";
import { calls as incidents } from "./incidents";
import { calls as integrations } from "./integrations";
import { calls as postmortems } from "./postmortems";
import { calls as slo } from "./slo";

// Every resource's contract calls, one import per line; the contract test runs them all.
export const CONTRACT_CALLS: readonly ContractCall[] = [
  ...incidents,
  ...postmortems,
  ...slo,
  ...backups,
  ...dr,
  ...config,
  ...integrations,
];
