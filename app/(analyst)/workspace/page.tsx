import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workspace', robots: { index: false } };

export default async function WorkspacePage() {
  const user = await requireRole('ANALYST');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Workspace</h1>
      <p>Welcome, {user.name}.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li><Link href="/" className="underline">Public dashboard</Link></li>
        {user.role === 'ADMIN' && <li><Link href="/admin/users" className="underline">Manage accounts</Link></li>}
      </ul>
    </div>
  );
}
