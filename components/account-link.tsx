import Link from 'next/link';

// The same for every reader, so public pages are rendered once and shared by
// every reader and cache (docs/decisions/0013): who is signed in shows in the
// workspace's own layout. Anonymous visitors of /workspace go to the sign-in
// form (proxy.ts). The workspace is in English only, hence next/link's Link.
export function AccountLink({ label }: { label: string }) {
  return (
    <Link
      href="/workspace"
      className="rounded border border-slate-300 px-2 py-0.5 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {label}
    </Link>
  );
}
