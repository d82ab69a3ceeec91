// argon2id through @node-rs/argon2 (prebuilt; the `argon2` package's binary
// crashes on our machines). Parameters: the library's defaults, OWASP-grade.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against this when the email is unknown, so that a failed sign-in
// takes about as long whether or not the account exists.
const DUMMY_HASH_PROMISE = hash('not-a-real-password-only-for-timing');

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    await verify(await DUMMY_HASH_PROMISE, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
