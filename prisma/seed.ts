// `prisma db seed` (and `npm run db:seed`): loads seeds/ into DATABASE_URL.
import { BULK_TIMEOUTS, createPrismaClient } from '@/lib/db';
import { seedTracker } from '@/seeds/load';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `npm run db:seed`, which provides one.');
  const prisma = createPrismaClient(url, BULK_TIMEOUTS);
  try {
    await seedTracker(prisma);
    const [items, statements, changes] = await Promise.all([
      prisma.item.count(),
      prisma.statement.count(),
      prisma.statusChange.count(),
    ]);
    console.log(`Seeded: ${items} items, ${statements} statements, ${changes} status changes.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
