// Seeds the plan (and the demo) into a database that has no users yet.
import { createPrismaClient } from "../../lib/db/create-client";
import { seed } from "../../prisma/seed";

export async function seedIfEmpty(url: string, demo: boolean): Promise<boolean> {
  const db = createPrismaClient(url, { max: 2 });
  try {
    if ((await db.user.count()) > 0) return false;
    await seed(db, { demo });
    return true;
  } finally {
    await db.$disconnect();
  }
}
