// Account creation shared by the admin page (through lib/data/users.ts, which
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
