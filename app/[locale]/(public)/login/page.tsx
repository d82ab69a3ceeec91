import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { LoginForm } from './login-form';
import { pageLocale } from '@/lib/i18n/page-locale';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
};

export default async function LoginPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect('/workspace');
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Analyst sign-in</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The tracker is public; only analysts who edit it need an account. Accounts are created by an
        admin.
      </p>
      <LoginForm callbackUrl={callbackUrl} />
    </div>
  );
}
