// `tsx scripts/with-db.ts <tool> [args…]`: runs one of the project's CLIs
// (prisma, tsx, …) against the app's database: DATABASE_URL when set, else the
// embedded one, started for the command and stopped after it unless it was
// already running (for example under `npm start`).
import { connectDatabase, loadDotEnv } from './lib/runtime';
import { runTool } from './lib/tools';

async function main() {
  const [tool, ...args] = process.argv.slice(2);
  if (!tool) throw new Error('usage: tsx scripts/with-db.ts <tool> [args…]');
  loadDotEnv();
  const database = await connectDatabase();
  try {
    await runTool(tool, args, { ...process.env, DATABASE_URL: database.url });
  } finally {
    if (database.embedded?.startedHere) await database.embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
