// Chromium as every browser test launches it (playwright.config.ts, and
// scripts/lib/app-server.ts for npm run bench and soak): Debian's build by
// default (Playwright's download does not work offline), CHROMIUM_PATH to
// override; offline, loopback only.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** The browser to launch, or undefined for Playwright's own installed one. */
export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}
