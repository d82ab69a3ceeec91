// `tsx scripts/screenshot.ts <url> <out.png> [--dark] [--width=1280] [--full]`:
// looks at a page the way a reader does, for reviewing UI changes.
import { chromium } from '@playwright/test';

async function main() {
  const [url, out] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!url || !out)
    throw new Error(
      'usage: tsx scripts/screenshot.ts <url> <out.png> [--dark] [--width=N] [--full]',
    );
  const width = Number(
    process.argv.find((arg) => arg.startsWith('--width='))?.split('=')[1] ?? 1280,
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
