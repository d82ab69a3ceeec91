// Shared by the forms (client) and the actions (server).
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/password-policy';
import { text } from '@/lib/validation/text';

export const emailSchema = text()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  // RFC 5321's limit: longer input is refused before it is stored or echoed.
  .max(254, 'Use at most 254 characters.')
  .email('Enter a valid email address, like name@example.org.');

export const passwordSchema = text()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, 'Use at most 256 characters.')
  // Twelve spaces are twelve characters, but no secret (issue 9, finding 15).
  .refine(
    (password) => password.replace(/\s/g, '').length >= MIN_PASSWORD_LENGTH,
    `Use at least ${MIN_PASSWORD_LENGTH} characters that are not spaces.`,
  );

export const roleSchema = z.enum(['ADMIN', 'ANALYST'], { error: 'Choose a role.' });

export const signInSchema = z.object({
  email: emailSchema,
  password: text().min(1, 'Enter your password.').max(256),
  callbackUrl: text().optional(),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: text().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.'),
  role: roleSchema,
  password: passwordSchema,
});

export const changePasswordSchema = z
  .object({
    currentPassword: text().min(1, 'Enter your current password.'),
    newPassword: passwordSchema,
    confirmPassword: text(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a new password: this is the current one.',
  });
