// `npm run user:set-password -- --email a@b.org`
// Sets the password of an existing account: after a restore without password
// hashes (npm run data:import), or for someone locked out. The password is
// read like user:create's; every session of the account ends.
import { parseArgs } from 'node:util';
import { NoSuchAccountError, setAccountPassword } from '@/lib/accounts';
import { BULK_TIMEOUTS, createPrismaClient } from '@/lib/db';
import { emailSchema, passwordSchema } from '@/lib/validation/users';
import { readPassword } from './lib/password-prompt';

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  if (!values.email) throw new Error('usage: npm run user:set-password -- --email you@example.org');
  const email = emailSchema.safeParse(values.email);
  if (!email.success) throw new Error(`email: ${email.error.issues[0]?.message}`);
  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error(`password: ${password.error.issues[0]?.message}`);
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set: use `npm run user:set-password`, which provides it.');
  const prisma = createPrismaClient(url, BULK_TIMEOUTS);
  try {
    const user = await setAccountPassword(prisma, email.data, password.data);
    console.log(
      `New password set for ${user.role.toLowerCase()} ${user.email}. Sign in at /login.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof NoSuchAccountError || error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
