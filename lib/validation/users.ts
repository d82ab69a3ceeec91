// Shared by the forms (client) and the actions (server).
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/password-policy';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .email('Enter a valid email address, like name@example.org.');

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, 'Use at most 256 characters.');

export const roleSchema = z.enum(['ADMIN', 'ANALYST'], { error: 'Choose a role.' });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(256),
  callbackUrl: z.string().optional(),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.'),
  role: roleSchema,
  password: passwordSchema,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  });

export const userIdSchema = z.object({
  userId: z.string().min(1),
  version: z.coerce.number().int(),
});
