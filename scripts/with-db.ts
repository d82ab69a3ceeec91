// `tsx scripts/with-db.ts <tool> [args…] [--then <tool> [args…]]…`: runs the
// project's CLIs (prisma, tsx, …) in turn against the app's database:
// DATABASE_URL when set, else the embedded one, started for the commands and
// stopped after them unless it was already running (say, under `npm start`).
import { connectDatabase, loadDotEnv } from './lib/runtime';
import { runTool } from './lib/tools';

async function main() {
  const commands: string[][] = [[]];
  for (const arg of process.argv.slice(2)) {
    if (arg === '--then') commands.push([]);
    else commands.at(-1)!.push(arg);
  }
  if (commands.some((command) => command.length === 0))
    throw new Error('usage: tsx scripts/with-db.ts <tool> [args…] [--then <tool> [args…]]');
  loadDotEnv();
  // Our messages go to standard error: standard output is the tools' own
  // (`npm run -s data:export > backup.json`).
  const database = await connectDatabase((message) =>
    process.stderr.write(`[tracker] ${message}\n`),
  );
  try {
    for (const [tool, ...args] of commands)
      await runTool(tool!, args, { ...process.env, DATABASE_URL: database.url });
  } finally {
    if (database.embedded?.startedHere) await database.embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
