// Account creation shared by the admin page (through lib/data/admin/users.ts, which
// checks the actor's role) and the command line (scripts/user-create.ts, whose
// authority is shell access to the server).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { recordRevision } from '@/lib/audit';
import { hashPassword } from '@/lib/passwords';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} already exists.`);
  }
}

export async function insertAccount(
  prisma: PrismaClient,
  input: NewAccount,
  actorId: string | null,
) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (existing) throw new EmailTakenError(input.email);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordRevision(tx, {
      entityType: 'User',
      entityId: user.id,
      action: 'create',
      actorId,
      after: user,
    });
    return user;
  });
}

export class NoSuchAccountError extends Error {
  constructor(email: string) {
    super(`There is no account with the email ${email}.`);
  }
}

/**
 * Sets an account's password from the command line
 * (scripts/user-set-password.ts): after a restore without password hashes, or
 * for someone locked out. Every session of the account ends, its failed
 * sign-ins are forgotten, and the audit log records it (actor: the shell).
 */
export async function setAccountPassword(
  prisma: PrismaClient,
  email: string,
  password: string,
): Promise<{ id: string; email: string; role: Role }> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!existing) throw new NoSuchAccountError(email);
    const user = await tx.user.update({
      where: { id: existing.id },
      data: { passwordHash, version: { increment: 1 }, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, role: true },
    });
    await tx.signInAttempt.deleteMany({ where: { email, succeeded: false } });
    await recordRevision(tx, {
      entityType: 'User',
      entityId: user.id,
      action: 'set-password',
      actorId: null,
    });
    return user;
  });
}
