'use server';

import { headers } from 'next/headers';
import { action } from '@/lib/actions';
import { changeOwnPassword } from '@/lib/data/workspace/account';
import { saved } from '@/lib/form-state';
import { clientAddress } from '@/lib/sign-in-throttle';
import { changePasswordSchema } from '@/lib/validation/users';

export const changePasswordAction = action({
  role: 'ANALYST',
  schema: changePasswordSchema,
  // Passwords are never sent back.
  values: false,
  run: async (actor, input) => changeOwnPassword(actor, input, clientAddress(await headers())),
  // Nothing any page shows changed; and every session of this account, this
  // one included, has ended: rendering the page again would send it to /login
  // before the person reads the message.
  changes: 'nothing',
  done: () =>
    saved('Password changed. All your sessions have ended: sign in again with the new password.'),
});
