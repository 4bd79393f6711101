/** Where a checklist lives: an incident (a drill's too) or a DR test run, and its page. */
export type RunTarget = { path: string } & ({ incidentId: string } | { drTestRunId: string });
