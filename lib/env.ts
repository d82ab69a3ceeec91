// The only reader of process.env for the app. Parsed lazily so that `next build`
// can import modules without a database; the first real use validates.
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string({
      error: 'DATABASE_URL is not set: start the app with `npm start`, which provides one.',
    })
    .url('DATABASE_URL must be a postgresql:// URL'),
  AUTH_SECRET: z
    .string({
      error:
        'AUTH_SECRET is not set: start the app with `npm start`, or set it (openssl rand -base64 32).',
    })
    .min(32, 'AUTH_SECRET must be at least 32 characters'),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      const lines = result.error.issues.map(
        (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
      );
      throw new Error(`Invalid environment:\n${lines.join('\n')}`);
    }
    parsed = result.data;
  }
  return parsed;
}
