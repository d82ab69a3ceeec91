// Imported first by scripts/prisma-schema-engine.mjs, before anything slow
// loads: overwrites the process' visible command line (ps,
// /proc/<pid>/cmdline) with one whose `--datasource` URLs carry no password.
//
// Only a stopgap: the Prisma CLI passes the datasource on the command line, so
// until this runs (tens of milliseconds after the start) the password shows.
// Our scripts keep it off the command line altogether (scripts/lib/tools.ts,
// scripts/lib/database-password.ts); this covers a bare `npx prisma …` with a
// password in DATABASE_URL. process.argv itself is left as it was.
import { readFileSync } from 'node:fs';

function withoutPassword(url) {
  try {
    const copy = new URL(url);
    if (copy.password) copy.password = '***';
    if (copy.searchParams.has('password')) copy.searchParams.set('password', '***');
    return copy.toString();
  } catch {
    return '***';
  }
}

export function redactDatasource(json) {
  try {
    const datasource = JSON.parse(json);
    for (const key of ['url', 'shadowDatabaseUrl']) {
      if (typeof datasource?.[key] === 'string') datasource[key] = withoutPassword(datasource[key]);
    }
    return JSON.stringify(datasource);
  } catch {
    return '***';
  }
}

// The command line as the kernel shows it (process.argv resolves the script's
// path, which may make it longer than the room there is to write over).
function commandLine() {
  try {
    return readFileSync('/proc/self/cmdline', 'utf8').replace(/\0$/, '').split('\0');
  } catch {
    return [process.argv0, ...process.argv.slice(1)];
  }
}

const args = commandLine();
const at = args.indexOf('--datasource');
if (at !== -1 && at + 1 < args.length) {
  args[at + 1] = redactDatasource(args[at + 1]);
  // Linux: writes over the memory the kernel shows as the command line
  // (truncated to the room the original took).
  process.title = args.join(' ');
}
