import type { Metadata } from 'next';
import { listUsers } from '@/lib/data/admin/users';
import { requireRole } from '@/lib/session';
import { CreateUserForm, UserRowActions } from './user-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Accounts', robots: { index: false } };

export default async function UsersPage() {
  const actor = await requireRole('ADMIN');
  const users = await listUsers(actor);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-lg font-semibold">
          People with access ({users.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4">
                  Email
                </th>
                <th scope="col" className="py-2 pr-4">
                  Role
                </th>
                <th scope="col" className="py-2 pr-4">
                  State
                </th>
                <th scope="col" className="py-2">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr
                  key={user.id}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <td className="py-2 pr-4">{user.name}</td>
                  <td className="py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{user.role === 'ADMIN' ? 'Admin' : 'Analyst'}</td>
                  <td className="py-2 pr-4">{user.isDisabled ? 'Disabled' : 'Active'}</td>
                  <td className="py-2">
                    {user.id === actor.id ? (
                      <span className="text-slate-600 dark:text-slate-400">You</span>
                    ) : (
                      <UserRowActions user={user} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="create-heading" className="max-w-md space-y-3">
        <h2 id="create-heading" className="text-lg font-semibold">
          Create an account
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
