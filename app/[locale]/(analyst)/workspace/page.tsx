import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workspace', robots: { index: false } };

const tasks = [
  {
    href: '/workspace/sources/new',
    title: 'Import a source',
    text: 'Paste an article or upload a .txt, .html or .md file.',
  },
  {
    href: '/workspace/sources',
    title: 'Sources',
    text: 'Read sources, quote statements from them, revise texts.',
  },
  {
    href: '/workspace/items',
    title: 'Items and areas',
    text: 'Edit, reorder and archive commitments; milestones; status changes.',
  },
  {
    href: '/workspace/orphans',
    title: 'Orphaned quotes',
    text: 'Statements that lost their place after a source text was revised.',
  },
  {
    href: '/workspace/finalise',
    title: 'Finalise the presidency',
    text: 'After the end date: give every item its final status in one step.',
  },
];

export default async function WorkspacePage() {
  const user = await requireRole('ANALYST');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Workspace</h1>
      <p>Welcome, {user.name}. What needs doing?</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {tasks.map((task) => (
          <li
            key={task.href}
            className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
          >
            <h2 className="font-semibold">
              <Link href={task.href} className="underline-offset-4 hover:underline">
                {task.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">{task.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
