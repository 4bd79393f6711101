// The contract test (lib/server/api/contract.test.ts) calls every endpoint in ENDPOINTS at least
// once with a valid request and validates the real answer against the generated OpenAPI document.
// Each resource module under ./ exports `calls: ContractCall[]` for its endpoints.

export type ContractRequest = {
  /** The concrete path, e.g. `/api/v1/incidents/42`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
};

export type ContractTools = {
  /** An API token (Bearer secret) of an admin with every scope. */
  secret: string;
  /** The admin who created it. */
  admin: { id: string; email: string; role: "ADMIN" };
  /** Calls an endpoint by operationId through its real route handler; resolves to the answer's JSON (throws unless 2xx). */
  call: (operationId: string, request: ContractRequest) => Promise<unknown>;
  /** A unique suffix for names in this run. */
  unique: () => string;
};

export type ContractCall = {
  operationId: string;
  /** Builds the request, creating first whatever it needs (through `call` or services). */
  prepare: (tools: ContractTools) => Promise<ContractRequest>;
  /** The status the call must answer with (200 unless set): a refusal is checked against the Problem schema. */
  status?: number;
};
