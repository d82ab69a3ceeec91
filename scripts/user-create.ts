// `npm run user:create -- --email a@b.org --name "A B" --role admin`
// Creates an account. The password is read from a hidden prompt, or from
// standard input when it is not a terminal (never from the command line, where
// it would land in shell history and process lists).
import { parseArgs } from 'node:util';
import { EmailTakenError, insertAccount } from '@/lib/accounts';
import { BULK_TIMEOUTS, createPrismaClient } from '@/lib/db';
import { createUserSchema } from '@/lib/validation/users';
import { readPassword } from './lib/password-prompt';

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'analyst' },
    },
  });
  if (!values.email)
    throw new Error(
      'usage: npm run user:create -- --email you@example.org [--name "Your Name"] [--role admin|analyst]',
    );
  const parsed = createUserSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email.split('@')[0],
    role: values.role?.toUpperCase(),
    password: await readPassword(),
  });
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  }
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set: use `npm run user:create`, which provides it.');
  const prisma = createPrismaClient(url, BULK_TIMEOUTS);
  try {
    const user = await insertAccount(prisma, parsed.data, null);
    console.log(`Created ${user.role.toLowerCase()} ${user.email}. Sign in at /login.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EmailTakenError || error instanceof Error ? error.message : error);
  process.exit(1);
});
