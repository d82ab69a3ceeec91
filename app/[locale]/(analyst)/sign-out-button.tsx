import { signOutAction } from '@/app/[locale]/(public)/login/actions';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-white dark:hover:bg-slate-800"
      >
        Sign out
      </button>
    </form>
  );
}
