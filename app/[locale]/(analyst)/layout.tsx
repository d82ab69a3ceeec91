import Link from 'next/link';
import { SignOutButton } from '@/app/[locale]/(analyst)/sign-out-button';
import { currentUser } from '@/lib/session';

// Shows who is signed in. It does not guard: every page and action checks the
// session itself (lib/session.ts), since layouts do not re-render on every
// navigation.
export default async function AnalystLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <div className="space-y-6">
      {user && (
        <nav
          aria-label="Workspace"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-100 px-4 py-2 text-sm dark:bg-slate-900"
        >
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/workspace" className="underline-offset-4 hover:underline">
                Workspace
              </Link>
            </li>
            <li>
              <Link href="/workspace/sources" className="underline-offset-4 hover:underline">
                Sources
              </Link>
            </li>
            <li>
              <Link href="/workspace/items" className="underline-offset-4 hover:underline">
                Items
              </Link>
            </li>
            <li>
              <Link href="/workspace/orphans" className="underline-offset-4 hover:underline">
                Orphaned quotes
              </Link>
            </li>
            {user.role === 'ADMIN' && (
              <>
                <li>
                  <Link href="/admin/users" className="underline-offset-4 hover:underline">
                    Accounts
                  </Link>
                </li>
                <li>
                  <Link href="/admin/audit" className="underline-offset-4 hover:underline">
                    Audit log
                  </Link>
                </li>
              </>
            )}
            <li>
              <Link href="/account" className="underline-offset-4 hover:underline">
                My account
              </Link>
            </li>
          </ul>
          <div className="flex items-center gap-3">
            <span>
              Signed in as <strong>{user.name}</strong> (
              {user.role === 'ADMIN' ? 'admin' : 'analyst'})
            </span>
            <SignOutButton />
          </div>
        </nav>
      )}
      {children}
    </div>
  );
}
