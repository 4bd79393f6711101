// npm run bench:incident-list — times the incident list (every filter, a deep cursor page)
// over N incidents (default 10,000) on a scratch database; prints one line per query shape.
import { createFreshDatabase, dropDatabase } from "../db/create-database";
import { migrate } from "../db/migrate";

const count = Number(process.argv[2] ?? 10_000);
const server = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `bridge_bench_list_${process.pid}`;
const url = await createFreshDatabase(server, name);
process.env.DATABASE_URL = url;
try {
  await migrate(url);
  const { createPrismaClient } = await import("../../lib/db/create-client");
  const { seed } = await import("../../prisma/seed");
  const { listIncidents } = await import("../../lib/server/incidents/list");
  const { systemCtx } = await import("../../lib/server/context");
  const db = createPrismaClient(url);
  await seed(db, { demo: false });
  const components = await db.component.findMany();
  const base = Date.UTC(2024, 0, 1);
  const rows = Array.from({ length: count }, (_, i) => ({
    title: `Incident ${i}`,
    severity: (["SEV1", "SEV2", "SEV3"] as const)[i % 3],
    status: i % 10 === 0 ? ("INVESTIGATING" as const) : ("RESOLVED" as const),
    impact: i % 100 === 0 ? "needle" : "Some users saw errors.",
    startedAt: new Date(base + i * 3_600_000),
    detectedAt: new Date(base + i * 3_600_000),
  }));
  const created = await db.incident.createManyAndReturn({ data: rows, select: { id: true } });
  await db.incidentComponent.createMany({
    data: created.map((c, i) => ({ incidentId: c.id, componentId: components[i % components.length].id })),
  });
  await db.$executeRawUnsafe(`ANALYZE`);
  const ctx = systemCtx();
  const deep = (await listIncidents(ctx, { status: "RESOLVED", take: 100 })).nextCursor;
  const shapes: Record<string, Record<string, unknown>> = {
    first_page: {},
    open: { status: "OPEN" },
    severity: { severity: "SEV2" },
    component: { componentId: components[0].id },
    text: { q: "needle" },
    cursor_page: { status: "RESOLVED", cursor: deep },
  };
  for (const [label, input] of Object.entries(shapes)) {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const started = performance.now();
      await listIncidents(ctx, input);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `incident_list incidents=${count} query=${label} p50_ms=${times[10].toFixed(1)} max_ms=${times[20].toFixed(1)}`,
    );
  }
  await db.$disconnect();
} finally {
  await dropDatabase(server, name);
}
process.exit(0);
