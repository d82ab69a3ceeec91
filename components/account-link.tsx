import Link from 'next/link';
import { currentUser } from '@/lib/session';

export async function AccountLink() {
  const user = await currentUser();
  return (
    <Link
      href={user ? '/workspace' : '/login'}
      className="rounded border border-slate-300 px-2 py-0.5 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {user ? 'Workspace' : 'Analyst sign-in'}
    </Link>
  );
}
