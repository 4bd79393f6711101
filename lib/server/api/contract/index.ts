import type { ContractCall } from "./types";
import { calls as incidents } from "./incidents";

// Every resource's contract calls, one import per line; the contract test runs them all.
export const CONTRACT_CALLS: readonly ContractCall[] = [...incidents];
