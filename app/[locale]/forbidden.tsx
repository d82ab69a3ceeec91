import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p>
        Your account does not have the role this page needs. Ask an admin if you think it should.
      </p>
      <p>
        <Link href="/workspace" className="underline">
          Back to the workspace
        </Link>
      </p>
    </div>
  );
}
